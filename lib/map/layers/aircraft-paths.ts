import { toMercator } from "@/lib/geo/to-mercator";
import type { AircraftRole, PlaybackModel } from "@/lib/data/playback-model";
import { TRAIL_COUNTRIES } from "./trail-instances";

/** Texels per row of the path texture; a formation's path may run on over several rows. */
export const PATH_TEXTURE_WIDTH = 1024;

/** Row order of the aircraft atlas the shader indexes by role. */
export const AIRCRAFT_ROLES: readonly AircraftRole[] = ["bomber", "aew", "fighter"];

/** Floats per formation: first texel, vertex count, country index, role index. */
export const FORMATION_FLOATS = 4;

export type AircraftPaths = {
  /**
   * RGBA32F texels, `width` (PATH_TEXTURE_WIDTH) per row: x, y (Mercator relative to `origin`), seconds since
   * the event's start, 1 if the time there was estimated. Formations follow one another.
   */
  texels: Float32Array;
  width: number;
  rows: number;
  /** One entry per formation, in model order; see FORMATION_FLOATS. */
  formations: Float32Array;
  count: number;
  /** Subtracted from every position so 32-bit floats keep their precision at any zoom. */
  origin: [number, number];
  /** Mean Mercator x of every vertex, to choose the world copy nearest the camera. */
  centreX: number;
};

/**
 * Every formation's timed path, uploaded to the GPU once. The aircraft layer's vertex shader then
 * finds where each formation is at a given time by a binary search in its texels, so moving the
 * clock costs one number whatever the number of aircraft.
 */
export function buildAircraftPaths(model: PlaybackModel, width = PATH_TEXTURE_WIDTH): AircraftPaths {
  const vertexCount = model.formations.reduce((total, formation) => total + pathLength(formation), 0);
  // At least one row: a texture cannot be empty.
  const rows = Math.max(1, Math.ceil(vertexCount / width));
  const texels = new Float32Array(rows * width * 4);
  const formations = new Float32Array(model.formations.length * FORMATION_FLOATS);
  const first = model.formations.find((formation) => pathLength(formation) > 0)?.path.coordinates[0];
  const origin = first ? toMercator(first) : ([0, 0] as [number, number]);
  let texel = 0;
  let sumX = 0;
  model.formations.forEach((formation, index) => {
    const count = pathLength(formation);
    formations.set([texel, count, TRAIL_COUNTRIES.indexOf(formation.country), AIRCRAFT_ROLES.indexOf(formation.role)], index * FORMATION_FLOATS);
    for (let vertex = 0; vertex < count; vertex += 1) {
      const [x, y] = toMercator(formation.path.coordinates[vertex]!);
      texels.set([x - origin[0], y - origin[1], (formation.path.times[vertex]! - model.start) / 1000, formation.estimated[vertex] ? 1 : 0], texel * 4);
      sumX += x;
      texel += 1;
    }
  });
  return { texels, width, rows, formations, count: model.formations.length, origin, centreX: vertexCount > 0 ? sumX / vertexCount : origin[0] };
}

function pathLength(formation: PlaybackModel["formations"][number]): number {
  return Math.min(formation.path.coordinates.length, formation.path.times.length);
}

/** Floats per quad vertex: corner x, y (±1), then the formation's FORMATION_FLOATS. */
export const QUAD_VERTEX_FLOATS = 2 + FORMATION_FLOATS;

const CORNERS = [
  [-1, -1],
  [1, -1],
  [-1, 1],
  [1, 1],
] as const;

/**
 * Four vertices and two triangles per formation, each vertex carrying its formation's data. Plain
 * geometry rather than instancing: software WebGL (SwiftShader, what headless Chromium uses) drew
 * instanced quads about five times slower.
 */
export function buildAircraftQuads(paths: Pick<AircraftPaths, "formations" | "count">): { vertices: Float32Array; indices: Uint32Array } {
  const vertices = new Float32Array(paths.count * 4 * QUAD_VERTEX_FLOATS);
  const indices = new Uint32Array(paths.count * 6);
  for (let formation = 0; formation < paths.count; formation += 1) {
    const attributes = paths.formations.subarray(formation * FORMATION_FLOATS, (formation + 1) * FORMATION_FLOATS);
    CORNERS.forEach((corner, index) => {
      vertices.set([...corner, ...attributes], (formation * 4 + index) * QUAD_VERTEX_FLOATS);
    });
    const base = formation * 4;
    // Drawn last to first, so the model's first formations sit on top where aircraft overlap, as
    // the symbol layer stacked them before.
    indices.set([base, base + 1, base + 2, base + 2, base + 1, base + 3], (paths.count - 1 - formation) * 6);
  }
  return { vertices, indices };
}
