import { TRAIL_INSTANCE_FLOATS, type TrailInstances } from "./trail-instances";

/** Floats per vertex: the segment's record (see TRAIL_INSTANCE_FLOATS), then the corner 0–3. */
export const TRAIL_VERTEX_FLOATS = TRAIL_INSTANCE_FLOATS + 1;
/** Indices per segment: its quad as two triangles. */
export const TRAIL_INDICES_PER_SEGMENT = 6;

export type TrailGeometry = { vertices: Float32Array; indices: Uint32Array };

/**
 * Each segment as a quad of four vertices that each carry the whole segment and say which corner
 * they are. Plain geometry rather than one instanced quad: SwiftShader, the software renderer
 * headless Chromium uses, drew instanced quads about five times slower (measured, 20,000 segments),
 * and real GPUs draw either equally well. Segments keep their start-time order, so drawing the
 * first n × 6 indices draws exactly the first n segments.
 */
export function buildTrailGeometry(trails: TrailInstances): TrailGeometry {
  const vertices = new Float32Array(trails.count * 4 * TRAIL_VERTEX_FLOATS);
  const indices = new Uint32Array(trails.count * TRAIL_INDICES_PER_SEGMENT);
  for (let segment = 0; segment < trails.count; segment += 1) {
    const record = trails.data.subarray(segment * TRAIL_INSTANCE_FLOATS, (segment + 1) * TRAIL_INSTANCE_FLOATS);
    for (let corner = 0; corner < 4; corner += 1) {
      const offset = (segment * 4 + corner) * TRAIL_VERTEX_FLOATS;
      vertices.set(record, offset);
      vertices[offset + TRAIL_INSTANCE_FLOATS] = corner;
    }
    // Corners 0, 1 at the start (right, left side), 2, 3 at the end: triangles 0-1-2 and 2-1-3.
    const first = segment * 4;
    indices.set([first, first + 1, first + 2, first + 2, first + 1, first + 3], segment * TRAIL_INDICES_PER_SEGMENT);
  }
  return { vertices, indices };
}
