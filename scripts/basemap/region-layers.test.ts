import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { beforeAll, describe, expect, it } from "vitest";
import { BASEMAP_REGIONS, type BasemapLayerName, type BasemapRegionId } from "@/lib/basemap/regions";
import { KNOWN_POINTS } from "@/tests/fixtures/basemap-known-points";
import { buildRegionLayers, readNaturalEarth, type NaturalEarth } from "./region-layers";

let naturalEarth: { detailed: NaturalEarth; coarse: NaturalEarth };
beforeAll(() => {
  naturalEarth = { detailed: readNaturalEarth("10m"), coarse: readNaturalEarth("50m") };
});

describe.each(Object.keys(BASEMAP_REGIONS) as BasemapRegionId[])("the %s basemap", (region) => {
  let layers: Record<BasemapLayerName, { features: Feature[] }>;
  beforeAll(() => {
    layers = buildRegionLayers(region, naturalEarth.detailed, naturalEarth.coarse);
  });

  it.each(KNOWN_POINTS[region])("draws $name ($position) as $surface", ({ position, surface }) => {
    const land = [...layers.land.features, ...layers["outer-land"].features] as Feature<Polygon | MultiPolygon>[];
    const onLand = land.some((feature) => booleanPointInPolygon(position, feature));
    expect(onLand ? "land" : "sea").toBe(surface);
  });

  // Longer than 0.01° (1 km): the two halves of Chukotka differ by a 200 m notch at the Arctic coast.
  it("has no coastline and no land edge along 180°, where Natural Earth cuts Chukotka in two and map tiles meet", () => {
    const lines = [...layers.coastline.features, ...layers["outer-coastline"].features, ...layers.land.features, ...layers["outer-land"].features].flatMap((feature) => {
      const geometry = feature.geometry;
      if (geometry.type === "MultiLineString" || geometry.type === "Polygon") return geometry.coordinates;
      if (geometry.type === "MultiPolygon") return geometry.coordinates.flat();
      return geometry.type === "LineString" ? [geometry.coordinates] : [];
    });
    const along = lines.flatMap((line) => line.slice(1).filter((position, index) => [position, line[index]!].every((end) => Math.abs(end[0]! - 180) < 0.001) && Math.abs(position[1]! - line[index]![1]!) > 0.01));
    expect(along).toEqual([]);
  });

  it("has no coastline segment longer than 5° (a ring cut flat runs straight across the map)", () => {
    let longest = 0;
    for (const feature of [...layers.coastline.features, ...layers["outer-coastline"].features]) {
      const lines = feature.geometry.type === "MultiLineString" ? feature.geometry.coordinates : feature.geometry.type === "LineString" ? [feature.geometry.coordinates] : [];
      for (const line of lines) for (let index = 1; index < line.length; index += 1) longest = Math.max(longest, Math.abs(line[index]![0]! - line[index - 1]![0]!));
    }
    expect(longest).toBeLessThan(5);
  });
});
