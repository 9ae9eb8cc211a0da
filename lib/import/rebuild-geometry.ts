import type { Geometry, Position } from "geojson";

/** The geometry types an imported file may hold: what the imported layers can draw. */
export const DRAWABLE_GEOMETRY_TYPES = ["Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"] as const;
export type DrawableGeometryType = (typeof DRAWABLE_GEOMETRY_TYPES)[number];

export type RebuiltGeometry =
  | { kind: "drawable"; geometry: Geometry; vertexCount: number }
  /** Legal GeoJSON with nothing to draw: no positions, a line of one position, a ring of fewer than four. */
  | { kind: "empty" }
  | { kind: "invalid" };

export function isDrawableGeometryType(value: unknown): value is DrawableGeometryType {
  return typeof value === "string" && (DRAWABLE_GEOMETRY_TYPES as readonly string[]).includes(value);
}

/**
 * A new geometry holding only `type` and `coordinates`, copied position by position: nothing else
 * from the file (extra members, foreign keys, a 200,000-deep `extra` array) reaches the map.
 * Parts too small to draw are dropped; a geometry left with none is "empty". Never throws.
 */
export function rebuildGeometry(type: DrawableGeometryType, coordinates: unknown): RebuiltGeometry {
  const rebuilt = rebuildCoordinates(type, coordinates);
  if (rebuilt === null) return { kind: "invalid" };
  if (rebuilt.vertexCount === 0) return { kind: "empty" };
  return { kind: "drawable", geometry: { type, coordinates: rebuilt.coordinates } as Geometry, vertexCount: rebuilt.vertexCount };
}

type Rebuilt = { coordinates: unknown; vertexCount: number };

function rebuildCoordinates(type: DrawableGeometryType, value: unknown): Rebuilt | null {
  switch (type) {
    case "Point": {
      if (Array.isArray(value) && value.length === 0) return { coordinates: [], vertexCount: 0 };
      const position = copyPosition(value);
      return position && { coordinates: position, vertexCount: 1 };
    }
    case "MultiPoint":
      return positions(value, 1);
    case "LineString":
      return positions(value, 2);
    case "MultiLineString":
      return parts(value, (line) => positions(line, 2));
    case "Polygon":
      return polygon(value);
    case "MultiPolygon":
      return parts(value, polygon);
  }
}

/** A list of positions, or empty when it has fewer than `least` (a line needs two). */
function positions(value: unknown, least: number): Rebuilt | null {
  if (!Array.isArray(value)) return null;
  const copied: Position[] = [];
  for (const item of value) {
    const position = copyPosition(item);
    if (!position) return null;
    copied.push(position);
  }
  return copied.length < least ? { coordinates: [], vertexCount: 0 } : { coordinates: copied, vertexCount: copied.length };
}

/** Rings of at least four positions; a polygon whose outer ring is too small is empty. */
function polygon(value: unknown): Rebuilt | null {
  if (!Array.isArray(value)) return null;
  const rings: Rebuilt[] = [];
  for (const item of value) {
    const ring = positions(item, 4);
    if (!ring) return null;
    rings.push(ring);
  }
  const [outer, ...holes] = rings;
  if (!outer || outer.vertexCount === 0) return { coordinates: [], vertexCount: 0 };
  const kept = [outer, ...holes.filter((hole) => hole.vertexCount > 0)];
  return { coordinates: kept.map((ring) => ring.coordinates), vertexCount: kept.reduce((sum, ring) => sum + ring.vertexCount, 0) };
}

/** The drawable parts of a Multi* geometry. */
function parts(value: unknown, part: (item: unknown) => Rebuilt | null): Rebuilt | null {
  if (!Array.isArray(value)) return null;
  const kept: Rebuilt[] = [];
  for (const item of value) {
    const rebuilt = part(item);
    if (!rebuilt) return null;
    if (rebuilt.vertexCount > 0) kept.push(rebuilt);
  }
  return { coordinates: kept.map((rebuilt) => rebuilt.coordinates), vertexCount: kept.reduce((sum, rebuilt) => sum + rebuilt.vertexCount, 0) };
}

/** [longitude, latitude(, altitude)] as a fresh array of finite numbers in range, or null. */
function copyPosition(value: unknown): Position | null {
  if (!Array.isArray(value) || (value.length !== 2 && value.length !== 3)) return null;
  if (!value.every((number) => typeof number === "number" && Number.isFinite(number))) return null;
  const [longitude, latitude, altitude] = value as number[];
  if (Math.abs(longitude!) > 540 || Math.abs(latitude!) > 90) return null;
  return altitude === undefined ? [longitude!, latitude!] : [longitude!, latitude!, altitude];
}
