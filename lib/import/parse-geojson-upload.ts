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
      /** How many features were left out for an empty geometry (0 when none were), for the reader. */
      leftOut: number;
    }
  | { ok: false; problem: UploadProblem };

/** What a member of the file holds, for a message: its text (quoted and cut), or what kind of value it is. */
export type FoundValue = { kind: "text"; text: string } | { kind: "list" | "null" | "number" | "boolean" | "object" | "missing" };

/**
 * Why a file was refused, as a code and its facts: the page says it in the reader's language
 * (messages: Client.Import.problems), naming the feature and the value as here.
 */
export type UploadProblem =
  | { code: "tooLarge"; megabytes: number; limitMegabytes: number }
  | { code: "notJson" | "notGeojson" | "noFeaturesList" | "noFeatures" | "allEmpty" }
  | { code: "wrongType"; found: FoundValue; types: string }
  | { code: "noGeometry"; feature: number }
  | { code: "undrawable"; feature: number; found: FoundValue }
  | { code: "badCoordinates"; feature: number; geometry: string }
  | { code: "tooManyVertices"; limit: number };

/**
 * Checks a file the reader opened before anything reaches the map. Everything happens in the
 * browser (in a worker, lib/import/geojson-worker.ts); nothing is uploaded. Never throws: every
 * problem becomes a code with its facts, which the page words as a message a person can act on. Each feature is rebuilt from the members Sortie
 * uses (geometry type and coordinates, short text and number properties) and nothing else.
 */
export function parseGeojsonUpload(text: string, byteLength: number): UploadResult {
  if (byteLength > MAX_UPLOAD_BYTES) {
    return refuse({ code: "tooLarge", megabytes: Math.round((byteLength / 1024 / 1024) * 10) / 10, limitMegabytes: MAX_UPLOAD_BYTES / 1024 / 1024 });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse({ code: "notJson" });
  }
  const features = collectFeatures(json);
  if (!Array.isArray(features)) return refuse(features);
  if (features.length === 0) return refuse({ code: "noFeatures" });
  let vertexCount = 0;
  let emptyCount = 0;
  const cleaned: Feature[] = [];
  for (let index = 0; index < features.length; index += 1) {
    const feature = features[index];
    const geometry = isRecord(feature) ? feature.geometry : undefined;
    if (!isRecord(geometry) || typeof geometry.type !== "string") return refuse({ code: "noGeometry", feature: index + 1 });
    if (!isDrawableGeometryType(geometry.type)) {
      return refuse({ code: "undrawable", feature: index + 1, found: found(geometry.type) });
    }
    const rebuilt = rebuildGeometry(geometry.type, geometry.coordinates);
    if (rebuilt.kind === "invalid") return refuse({ code: "badCoordinates", feature: index + 1, geometry: geometry.type });
    if (rebuilt.kind === "empty") {
      emptyCount += 1;
      continue;
    }
    vertexCount += rebuilt.vertexCount;
    if (vertexCount > MAX_UPLOAD_VERTICES) {
      return refuse({ code: "tooManyVertices", limit: MAX_UPLOAD_VERTICES });
    }
    cleaned.push({ type: "Feature", geometry: rebuilt.geometry, properties: cleanProperties(isRecord(feature) ? feature.properties : undefined) });
  }
  if (cleaned.length === 0) return refuse({ code: "allEmpty" });
  return { ok: true, collection: { type: "FeatureCollection", features: cleaned }, featureCount: cleaned.length, vertexCount, leftOut: emptyCount };
}

function refuse(problem: UploadProblem): UploadResult {
  return { ok: false, problem };
}

function collectFeatures(json: unknown): unknown[] | UploadProblem {
  if (!isRecord(json)) return { code: "notGeojson" };
  if (json.type === "FeatureCollection") return Array.isArray(json.features) ? json.features : { code: "noFeaturesList" };
  if (json.type === "Feature") return [json];
  if (isDrawableGeometryType(json.type)) return [{ type: "Feature", geometry: json, properties: {} }];
  return { code: "wrongType", found: found(json.type), types: DRAWABLE_GEOMETRY_TYPES.join(", ") };
}

/** A member from the file, for a message: text is cut, anything else is named by its kind (never converted, which can throw). */
function found(value: unknown): FoundValue {
  if (typeof value === "string") return { kind: "text", text: value.slice(0, 40) };
  if (value === null) return { kind: "null" };
  if (Array.isArray(value)) return { kind: "list" };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "object") return { kind: typeof value as "number" | "boolean" | "object" };
  return { kind: "missing" };
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
