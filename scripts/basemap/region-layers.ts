// The basemap layers of one region, cut out of Natural Earth (the world-atlas npm package, public
// domain): what scripts/build-basemap.ts writes to public/basemap/<region>/, kept apart so the
// unit tests check exactly what ships.
import { readFileSync } from "node:fs";
import path from "node:path";
import { bboxClip, featureCollection, polygon, union } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { BASEMAP_REGIONS, regionCentre, type BasemapLayerName, type BasemapRegionId, type CoarseLayerName } from "../../lib/basemap/regions";
import { bboxRing, type BoundingBox } from "../../lib/geo/bbox-ring";
import { buildGraticule } from "../../lib/geo/graticule";
import { recentreLongitudes } from "../../lib/geo/recentre-longitudes";
import { roundCoordinates } from "../../lib/geo/round-coordinates";

// About 100 m: finer than the map ever shows at the zooms it allows.
const DECIMALS = 3;

export type NaturalEarth = { land: Feature<Geometry>[]; coastline: Feature<Geometry>[]; borders: Feature<Geometry>[] };

export function readNaturalEarth(scale: "10m" | "50m"): NaturalEarth {
  const readTopology = (file: string) => JSON.parse(readFileSync(path.join(process.cwd(), "node_modules/world-atlas", file), "utf8")) as Topology;
  const landTopology = readTopology(`land-${scale}.json`);
  const countriesTopology = readTopology(`countries-${scale}.json`);
  const landObject = landTopology.objects.land as GeometryCollection;
  const countriesObject = countriesTopology.objects.countries as GeometryCollection;
  return {
    land: (feature(landTopology, landObject) as FeatureCollection<Polygon | MultiPolygon>).features,
    // Coastline and borders as lines, not polygon outlines, so clipping adds no false edges.
    // Natural Earth cuts Chukotka and Wrangel Island at 180°; the cut is no coast.
    coastline: [asFeature(withoutAntimeridianRuns(mesh(landTopology, landObject)))],
    borders: [asFeature(mesh(countriesTopology, countriesObject, (a, b) => a !== b))],
  };
}

/** Every layer of a region, rounded as it is written. */
export function buildRegionLayers(region: BasemapRegionId, detailed: NaturalEarth, coarse: NaturalEarth): Record<BasemapLayerName, FeatureCollection> {
  const { bounds, outerBounds } = BASEMAP_REGIONS[region];
  const centre = regionCentre(region);
  const recentre = (features: Feature<Geometry>[]) => features.flatMap((item) => recentreLongitudes(item, centre) ?? []);
  const [land, coastline, borders, outerLand, outerCoastline, outerBorders] = [detailed.land, detailed.coastline, detailed.borders, coarse.land, coarse.coastline, coarse.borders].map(recentre);
  const ring = bboxRing(outerBounds, bounds);
  const clipRing = (features: Feature<Geometry>[]) => featureCollection(ring.flatMap((box) => clipAll(features, box).features)) as FeatureCollection;
  const layers: Record<BasemapLayerName, FeatureCollection> = {
    land: clipAll(joinedAcrossAntimeridian(land!), [...bounds]),
    coastline: clipAll(coastline!, [...bounds]),
    borders: clipAll(borders!, [...bounds]),
    "outer-land": clipRing(joinedAcrossAntimeridian(outerLand!)),
    "outer-coastline": clipRing(outerCoastline!),
    "outer-borders": clipRing(outerBorders!),
    graticule: buildGraticule([...outerBounds], 5),
  };
  return roundCoordinates(layers, DECIMALS);
}

/**
 * A box at 1:50m and nothing finer: the dashboard draws the land around East Asia's basemap this
 * way, out to Alaska, where 1:10m detail would cost about 180 KB gzip for nothing visible at its zooms.
 */
export function buildCoarseLayers(outerBounds: readonly [number, number, number, number], coarse: NaturalEarth): Record<CoarseLayerName, FeatureCollection> {
  const centre = (outerBounds[0] + outerBounds[2]) / 2;
  const recentre = (features: Feature<Geometry>[]) => features.flatMap((item) => recentreLongitudes(item, centre) ?? []);
  const [land, coastline, borders] = [coarse.land, coarse.coastline, coarse.borders].map(recentre);
  const layers = { land: clipAll(joinedAcrossAntimeridian(land!), [...outerBounds]), coastline: clipAll(coastline!, [...outerBounds]), borders: clipAll(borders!, [...outerBounds]) };
  return roundCoordinates(layers, DECIMALS);
}

/** The lines with every segment that runs along ±180° taken out (each line is split there). */
function withoutAntimeridianRuns(lines: MultiLineString): MultiLineString {
  const onAntimeridian = (position: Position) => Math.abs(Math.abs(position[0]!) - 180) < 1e-6;
  const pieces: Position[][] = [];
  for (const line of lines.coordinates) {
    let piece: Position[] = [line[0]!];
    for (let index = 1; index < line.length; index += 1) {
      if (onAntimeridian(line[index - 1]!) && onAntimeridian(line[index]!) && line[index - 1]![0] === line[index]![0]) {
        if (piece.length > 1) pieces.push(piece);
        piece = [line[index]!];
      } else piece.push(line[index]!);
    }
    if (piece.length > 1) pieces.push(piece);
  }
  return { type: "MultiLineString", coordinates: pieces };
}

/**
 * Land with the polygons that Natural Earth cuts at 180° (Chukotka, Wrangel Island) joined again.
 * Left apart, their shared edge lies where the map's tiles meet at 180°, and the seam between them
 * lets the graticule show through as a line down inland Chukotka.
 */
function joinedAcrossAntimeridian(features: Feature<Geometry>[]): Feature<Geometry>[] {
  const onCut = (position: Position) => Math.abs(position[0]! - 180) < 1e-9;
  const touchesCut = (rings: Position[][]) => rings[0]!.some((position, index) => index > 0 && onCut(position) && onCut(rings[0]![index - 1]!));
  const polygons = features.flatMap((item) => (item.geometry.type === "Polygon" ? [item.geometry.coordinates] : item.geometry.type === "MultiPolygon" ? item.geometry.coordinates : []));
  const cut = polygons.filter(touchesCut).map((rings) => polygon(rings.map((ring) => ring.map((position) => (onCut(position) ? [180, position[1]!] : position)))));
  const joined = cut.length > 1 ? union(featureCollection(cut)) : null;
  const kept = polygons.filter((rings) => !touchesCut(rings));
  const joinedPolygons = !joined ? cut.map((item) => item.geometry.coordinates) : joined.geometry.type === "Polygon" ? [joined.geometry.coordinates] : joined.geometry.coordinates;
  return [{ type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: [...kept, ...joinedPolygons] } }];
}

function asFeature(geometry: MultiLineString): Feature<MultiLineString> {
  return { type: "Feature", properties: {}, geometry };
}

// Planar clipping is safe here: recentreLongitudes has already cut every ring and line on the sphere.
export function clipAll(features: Feature<Geometry>[], bbox: BoundingBox): FeatureCollection {
  const clipped: Feature[] = [];
  for (const item of features) {
    const geometry = item.geometry;
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon" && geometry.type !== "LineString" && geometry.type !== "MultiLineString") continue;
    const result = bboxClip(item as Feature<Polygon | MultiPolygon | MultiLineString>, bbox);
    if (hasCoordinates(result.geometry)) clipped.push({ type: "Feature", properties: {}, geometry: result.geometry });
  }
  return featureCollection(clipped) as FeatureCollection;
}

function hasCoordinates(geometry: Geometry): boolean {
  return "coordinates" in geometry && geometry.coordinates.flat(3).length > 0;
}
