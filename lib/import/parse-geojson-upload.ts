import type { Feature, FeatureCollection, Geometry } from "geojson";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_VERTICES = 100_000;
/** Property values are shown as text, never HTML, and cut to this length for display. */
export const MAX_PROPERTY_TEXT = 200;

export type UploadResult =
  | { ok: true; collection: FeatureCollection; featureCount: number; vertexCount: number }
  | { ok: false; message: string };

const GEOMETRY_TYPES = new Set(["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"]);

/**
 * Checks a file the reader opened before anything reaches the map. Everything happens in the
 * browser; nothing is uploaded. Never throws: every problem becomes a message a person can act on.
 */
export function parseGeojsonUpload(text: string, byteLength: number): UploadResult {
  if (byteLength > MAX_UPLOAD_BYTES) {
    return { ok: false, message: `The file is ${(byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 20 MB.` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "The file is not valid JSON, so it cannot be GeoJSON." };
  }
  const features = collectFeatures(json);
  if (typeof features === "string") return { ok: false, message: features };
  if (features.length === 0) return { ok: false, message: "The file holds no features to draw." };
  let vertexCount = 0;
  const cleaned: Feature[] = [];
  for (let index = 0; index < features.length; index += 1) {
    const feature = features[index];
    const geometry = isRecord(feature) ? feature.geometry : undefined;
    if (!isRecord(geometry) || typeof geometry.type !== "string") return { ok: false, message: `Feature ${index + 1} has no geometry.` };
    if (!GEOMETRY_TYPES.has(geometry.type)) {
      return { ok: false, message: `Feature ${index + 1} has a geometry of type “${String(geometry.type).slice(0, 40)}”, which Sortie cannot draw (points, lines and polygons only).` };
    }
    const vertices = countPositions(geometry.coordinates, depthOf(geometry.type));
    if (vertices === null) return { ok: false, message: `Feature ${index + 1} (${geometry.type}) has coordinates that are not valid longitude/latitude positions.` };
    vertexCount += vertices;
    if (vertexCount > MAX_UPLOAD_VERTICES) {
      return { ok: false, message: `The file has more than ${MAX_UPLOAD_VERTICES.toLocaleString("en-GB")} vertices; simplify it first.` };
    }
    cleaned.push({ type: "Feature", geometry: geometry as unknown as Geometry, properties: cleanProperties(isRecord(feature) ? feature.properties : undefined) });
  }
  return { ok: true, collection: { type: "FeatureCollection", features: cleaned }, featureCount: cleaned.length, vertexCount };
}

function collectFeatures(json: unknown): unknown[] | string {
  if (!isRecord(json)) return "The file is JSON but not GeoJSON: expected an object with a “type”.";
  if (json.type === "FeatureCollection") return Array.isArray(json.features) ? json.features : "The FeatureCollection has no “features” list.";
  if (json.type === "Feature") return [json];
  if (typeof json.type === "string" && GEOMETRY_TYPES.has(json.type)) return [{ type: "Feature", geometry: json, properties: {} }];
  return `The file's type is “${String(json.type).slice(0, 40)}”, not a GeoJSON FeatureCollection, Feature or geometry.`;
}

/** How deeply positions are nested for each geometry type. */
function depthOf(type: string): number {
  return { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 }[type] ?? 0;
}

/** Number of positions, or null if anything is not a valid [longitude, latitude(, altitude)]. */
function countPositions(value: unknown, depth: number): number | null {
  if (depth === 0) return isPosition(value) ? 1 : null;
  if (!Array.isArray(value)) return null;
  let total = 0;
  for (const item of value) {
    const count = countPositions(item, depth - 1);
    if (count === null) return null;
    total += count;
    if (total > MAX_UPLOAD_VERTICES + 1) return total;
  }
  return total;
}

function isPosition(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    (value.length === 2 || value.length === 3) &&
    value.every((number) => typeof number === "number" && Number.isFinite(number)) &&
    Math.abs(value[0] as number) <= 540 &&
    Math.abs(value[1] as number) <= 90
  );
}

/** Keeps only short text and numbers: the map and panel show them as plain text. */
function cleanProperties(properties: unknown): Record<string, string | number> {
  const cleaned: Record<string, string | number> = {};
  if (!isRecord(properties)) return cleaned;
  for (const [key, value] of Object.entries(properties).slice(0, 50)) {
    const name = key.slice(0, 60);
    if (typeof value === "number" && Number.isFinite(value)) cleaned[name] = value;
    else if (typeof value === "string") cleaned[name] = value.slice(0, MAX_PROPERTY_TEXT);
  }
  return cleaned;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
