// Heavily simplified land and the ADIZ edges of a region, for link previews and route thumbnails
// (see previewLandPath and thumbnailLandUrl in lib/basemap/regions.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { area, bboxClip, featureCollection, polygon, simplify } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Polygon, Position } from "geojson";
import { BASEMAP_REGIONS, longitudeInRegion, regionCentre, type BasemapRegionId } from "../../lib/basemap/regions";
import { recentreLongitudes } from "../../lib/geo/recentre-longitudes";
import { roundCoordinates } from "../../lib/geo/round-coordinates";
import type { BASEMAP_COLOURS } from "../../lib/map/palette";
import type { PreviewLand } from "../../lib/preview/preview-land";
import { previewLandPaths } from "../../lib/preview/preview-land-paths";
import type { NaturalEarth } from "./region-layers";

// Degrees. A 300-pixel thumbnail of a 15° patrol shows 20 pixels a degree: 0.04° is under a pixel.
const TOLERANCE = 0.04;
// Islands smaller than about 15 × 15 km would be a speck at best; leaving them out saves bytes.
const SMALLEST_ISLAND_SQUARE_METRES = 2e8;

export type PreviewLandProperties = PreviewLand["features"][number]["properties"];

export function buildPreviewLand(region: BasemapRegionId, coarse: NaturalEarth): FeatureCollection<Geometry, PreviewLandProperties> {
  const bbox = [...BASEMAP_REGIONS[region].outerBounds] as [number, number, number, number];
  const land = coarse.land
    .flatMap((item) => recentreLongitudes(item, regionCentre(region)) ?? [])
    .flatMap((item) => {
      const clipped = bboxClip(item as Feature<Polygon | MultiPolygon>, bbox).geometry;
      const polygons = clipped.type === "Polygon" ? [clipped.coordinates as Position[][]] : (clipped.coordinates as Position[][][]);
      // 1:50m land is not cut at 180° (1:10m is), so no false coast needs merging away here.
      return polygons.filter((rings) => rings[0] && rings[0].length > 3 && area(polygon(rings)) >= SMALLEST_ISLAND_SQUARE_METRES);
    });
  const simplified = simplify({ type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: land } } as Feature<MultiPolygon>, { tolerance: TOLERANCE });
  const zones = JSON.parse(readFileSync(path.join(process.cwd(), "data/zones/adiz.geojson"), "utf8")) as FeatureCollection<Polygon>;
  const edges = zones.features.map(
    (zone): Feature<LineString, PreviewLandProperties> => ({
      type: "Feature",
      properties: { kind: "zone-edge" },
      geometry: { type: "LineString", coordinates: zone.geometry.coordinates[0]!.map(([longitude, latitude]) => [longitudeInRegion(longitude!, region), latitude!]) },
    }),
  );
  const inRegion = edges.filter((edge) => edge.geometry.coordinates.some(([longitude, latitude]) => longitude! >= bbox[0] && longitude! <= bbox[2] && latitude! >= bbox[1] && latitude! <= bbox[3]));
  return roundCoordinates(featureCollection<Geometry, PreviewLandProperties>([{ ...simplified, properties: { kind: "land" } }, ...inRegion]), 2);
}

/**
 * The land of a region as an SVG picture in degrees (x = longitude, y = −latitude), to be
 * stretched onto a thumbnail's frame by a transform. Strokes are in degrees too (a picture used as
 * an <image> cannot keep them in pixels): about a pixel at the 10–25 pixels a degree thumbnails use.
 */
export function thumbnailLandSvg(region: BasemapRegionId, land: PreviewLand, colours: typeof BASEMAP_COLOURS): string {
  const [west, south, east, north] = BASEMAP_REGIONS[region].outerBounds;
  const flip = ([longitude, latitude]: number[]): [number, number] => [longitude!, -latitude!];
  const paths = previewLandPaths(land, flip, 2);
  const pathOf = (kind: PreviewLandProperties["kind"]) => paths[kind];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${west} ${-north} ${east - west} ${north - south}" preserveAspectRatio="none">`,
    `<path d="${pathOf("land")}" fill="${colours.land}" stroke="${colours.coastline}" stroke-width="0.06" stroke-linejoin="round"/>`,
    `<path d="${pathOf("zone-edge")}" fill="none" stroke="${colours.seaLabel}" stroke-opacity="0.5" stroke-width="0.07" stroke-dasharray="0.3 0.2"/>`,
    "</svg>",
  ].join("");
}
