import type { Feature, FeatureCollection } from "geojson";
import { DRAWABLE_GEOMETRY_TYPES, isDrawableGeometryType, rebuildGeometry } from "./rebuild-geometry";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_VERTICES = 100_000;
/** Property values are shown as text, never HTML, and cut to this length for display. */
export const MAX_PROPERTY_TEXT = 200;

export type UploadResult =
  | {
      ok: true;
      collection: FeatureCollection;
      featureCount: number;
      vertexCount: number;
      /** What was left out (features with empty geometry), for the reader; null when nothing was. */
      notice: string | null;
    }
  | { ok: false; message: string };

/**
 * Checks a file the reader opened before anything reaches the map. Everything happens in the
 * browser (in a worker, lib/import/geojson-worker.ts); nothing is uploaded. Never throws: every
 * problem becomes a message a person can act on. Each feature is rebuilt from the members Sortie
 * uses (geometry type and coordinates, short text and number properties) and nothing else.
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
  let emptyCount = 0;
  const cleaned: Feature[] = [];
  for (let index = 0; index < features.length; index += 1) {
    const feature = features[index];
    const geometry = isRecord(feature) ? feature.geometry : undefined;
    if (!isRecord(geometry) || typeof geometry.type !== "string") return { ok: false, message: `Feature ${index + 1} has no geometry.` };
    if (!isDrawableGeometryType(geometry.type)) {
      return { ok: false, message: `Feature ${index + 1} has a geometry of type ${quote(geometry.type)}, which Sortie cannot draw (points, lines and polygons only).` };
    }
    const rebuilt = rebuildGeometry(geometry.type, geometry.coordinates);
    if (rebuilt.kind === "invalid") return { ok: false, message: `Feature ${index + 1} (${geometry.type}) has coordinates that are not valid longitude/latitude positions.` };
    if (rebuilt.kind === "empty") {
      emptyCount += 1;
      continue;
    }
    vertexCount += rebuilt.vertexCount;
    if (vertexCount > MAX_UPLOAD_VERTICES) {
      return { ok: false, message: `The file has more than ${MAX_UPLOAD_VERTICES.toLocaleString("en-GB")} vertices; simplify it first.` };
    }
    cleaned.push({ type: "Feature", geometry: rebuilt.geometry, properties: cleanProperties(isRecord(feature) ? feature.properties : undefined) });
  }
  if (cleaned.length === 0) return { ok: false, message: `Every feature in the file has an empty geometry (too few positions to draw), so there is nothing to show.` };
  const notice = emptyCount === 0 ? null : `${emptyCount} feature${emptyCount === 1 ? " has" : "s have"} an empty geometry (too few positions to draw) and ${emptyCount === 1 ? "was" : "were"} left out.`;
  return { ok: true, collection: { type: "FeatureCollection", features: cleaned }, featureCount: cleaned.length, vertexCount, notice };
}

function collectFeatures(json: unknown): unknown[] | string {
  if (!isRecord(json)) return "The file is JSON but not GeoJSON: expected an object with a “type”.";
  if (json.type === "FeatureCollection") return Array.isArray(json.features) ? json.features : "The FeatureCollection has no “features” list.";
  if (json.type === "Feature") return [json];
  if (isDrawableGeometryType(json.type)) return [{ type: "Feature", geometry: json, properties: {} }];
  return `The file's type is ${quote(json.type)}, not a GeoJSON FeatureCollection, Feature or geometry (${DRAWABLE_GEOMETRY_TYPES.join(", ")}).`;
}

/** A member from the file, for a message: text is quoted and cut, anything else is named by its kind (never converted, which can throw). */
function quote(value: unknown): string {
  if (typeof value === "string") return `“${value.slice(0, 40)}”`;
  return value === null ? "null" : Array.isArray(value) ? "a list" : `a ${typeof value}`;
}

/** Keeps only short text and numbers: the map and panel show them as plain text. */
function cleanProperties(properties: unknown): Record<string, string | number> {
  if (!isRecord(properties)) return {};
  const kept: [string, string | number][] = [];
  for (const [key, value] of Object.entries(properties).slice(0, 50)) {
    const name = key.slice(0, 60);
    if (typeof value === "number" && Number.isFinite(value)) kept.push([name, value]);
    else if (typeof value === "string") kept.push([name, value.slice(0, MAX_PROPERTY_TEXT)]);
  }
  // fromEntries defines own properties, so a key named "__proto__" stays a plain property.
  return Object.fromEntries(kept);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
