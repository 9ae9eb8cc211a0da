import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import { BASEMAP_REGIONS, type BasemapRegionId } from "@/lib/basemap/regions";
import type { PreviewLand } from "@/lib/preview/preview-land";
import { KNOWN_POINTS } from "@/tests/fixtures/basemap-known-points";
import { buildPreviewLand, thumbnailLandSvg } from "./preview-land";
import { readNaturalEarth, type NaturalEarth } from "./region-layers";
import { BASEMAP_COLOURS } from "@/lib/map/palette";

let coarse: NaturalEarth;
beforeAll(() => {
  coarse = readNaturalEarth("50m");
});

describe.each(Object.keys(BASEMAP_REGIONS) as BasemapRegionId[])("the %s preview land", (region) => {
  let land: PreviewLand;
  beforeAll(() => {
    land = buildPreviewLand(region, coarse);
  });

  it.each(KNOWN_POINTS[region])("has $name as $surface", ({ position, surface }) => {
    const polygons = land.features.filter((feature) => feature.properties.kind === "land") as Feature<Polygon | MultiPolygon>[];
    expect(polygons.some((feature) => booleanPointInPolygon(position, feature)) ? "land" : "sea").toBe(surface);
  });

  it("makes a thumbnail picture in degrees, the region's outer box, in the given colours", () => {
    const [west, south, east, north] = BASEMAP_REGIONS[region].outerBounds;
    const svg = thumbnailLandSvg(region, land, BASEMAP_COLOURS);
    expect(svg).toContain(`viewBox="${west} ${-north} ${east - west} ${north - south}"`);
    expect(svg).toContain(`fill="${BASEMAP_COLOURS.land}"`);
    expect(svg.length).toBeLessThan(40_000);
  });
});

it("draws the ADIZ edges that reach into each region: all three in East Asia, the Japanese one's north-east corner in the Bering Sea's outer ring", () => {
  expect(buildPreviewLand("east-asia", coarse).features.filter((feature) => feature.properties.kind === "zone-edge")).toHaveLength(3);
  expect(buildPreviewLand("bering-sea", coarse).features.filter((feature) => feature.properties.kind === "zone-edge")).toHaveLength(1);
});
