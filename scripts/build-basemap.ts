// Cuts the offline basemap out of Natural Earth 1:10m (the world-atlas npm package, public
// domain) for each region, so the map needs no tile server. Output: public/basemap/<region>/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bboxClip, featureCollection } from "@turf/turf";
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { BASEMAP_REGIONS, type BasemapLayerName, type BasemapRegionId } from "../lib/basemap/regions";
import { bboxRing, type BoundingBox } from "../lib/geo/bbox-ring";
import { buildGraticule } from "../lib/geo/graticule";
import { roundCoordinates } from "../lib/geo/round-coordinates";

// About 100 m: finer than the map ever shows at the zooms it allows.
const DECIMALS = 3;

const worldAtlas = path.join(process.cwd(), "node_modules/world-atlas");
const readTopology = (file: string) => JSON.parse(readFileSync(path.join(worldAtlas, file), "utf8")) as Topology;
const detailed = readNaturalEarth("10m");
const coarse = readNaturalEarth("50m");

for (const [region, { bounds, outerBounds }] of Object.entries(BASEMAP_REGIONS) as [BasemapRegionId, (typeof BASEMAP_REGIONS)[BasemapRegionId]][]) {
  const bbox: BoundingBox = [...bounds];
  const ring = bboxRing(outerBounds, bounds);
  const clipRing = (features: Feature<Geometry>[]) => featureCollection(ring.flatMap((box) => clipAll(features, box).features)) as FeatureCollection;
  const layers: Record<BasemapLayerName, FeatureCollection> = {
    land: clipAll(detailed.land, bbox),
    coastline: clipAll(detailed.coastline, bbox),
    borders: clipAll(detailed.borders, bbox),
    "outer-land": clipRing(coarse.land),
    "outer-coastline": clipRing(coarse.coastline),
    "outer-borders": clipRing(coarse.borders),
    graticule: buildGraticule([...outerBounds], 5),
  };
  const folder = path.join(process.cwd(), "public/basemap", region);
  mkdirSync(folder, { recursive: true });
  for (const [name, collection] of Object.entries(layers)) {
    const text = JSON.stringify(roundCoordinates(collection, DECIMALS));
    writeFileSync(path.join(folder, `${name}.geojson`), text);
    console.log(`basemap ${region}/${name}.geojson ${(text.length / 1024).toFixed(0)} KB`);
  }
}

function readNaturalEarth(scale: "10m" | "50m") {
  const landTopology = readTopology(`land-${scale}.json`);
  const countriesTopology = readTopology(`countries-${scale}.json`);
  const landObject = landTopology.objects.land as GeometryCollection;
  const countriesObject = countriesTopology.objects.countries as GeometryCollection;
  return {
    land: (feature(landTopology, landObject) as FeatureCollection<Polygon | MultiPolygon>).features,
    // Coastline and borders as lines, not polygon outlines, so clipping adds no false edges.
    coastline: [asFeature(mesh(landTopology, landObject))],
    borders: [asFeature(mesh(countriesTopology, countriesObject, (a, b) => a !== b))],
  };
}

function asFeature(geometry: MultiLineString): Feature<MultiLineString> {
  return { type: "Feature", properties: {}, geometry };
}

function clipAll(features: Feature<Geometry>[], bbox: BoundingBox): FeatureCollection {
  const clipped: Feature[] = [];
  // A box past 180° (the Bering Sea) also takes the western hemisphere, shifted by 360°.
  const candidates = bbox[2] > 180 ? [...features, ...features.map((item) => shiftLongitudes(item, 360))] : features;
  for (const item of candidates) {
    const geometry = item.geometry;
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon" && geometry.type !== "LineString" && geometry.type !== "MultiLineString") continue;
    const result = bboxClip(item as Feature<Polygon | MultiPolygon | MultiLineString>, bbox);
    if (hasCoordinates(result.geometry)) clipped.push({ type: "Feature", properties: {}, geometry: result.geometry });
  }
  return featureCollection(clipped) as FeatureCollection;
}

function shiftLongitudes(item: Feature<Geometry>, degrees: number): Feature<Geometry> {
  const shift = (value: unknown): unknown =>
    Array.isArray(value) && typeof value[0] === "number" ? [value[0] + degrees, ...value.slice(1)] : Array.isArray(value) ? value.map(shift) : value;
  return { ...item, geometry: { ...item.geometry, coordinates: shift((item.geometry as Polygon).coordinates) } as Geometry };
}

function hasCoordinates(geometry: Geometry): boolean {
  return "coordinates" in geometry && geometry.coordinates.flat(3).length > 0;
}
