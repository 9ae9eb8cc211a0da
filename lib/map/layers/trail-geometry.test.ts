import { describe, expect, it } from "vitest";
import { buildTrailGeometry, TRAIL_INDICES_PER_SEGMENT, TRAIL_VERTEX_FLOATS } from "./trail-geometry";
import { TRAIL_INSTANCE_FLOATS, type TrailInstances } from "./trail-instances";

const record = (seed: number) => Array.from({ length: TRAIL_INSTANCE_FLOATS }, (_, index) => seed * 100 + index);
const trails: TrailInstances = { data: Float32Array.from([...record(1), ...record(2)]), count: 2, startTimes: Float64Array.from([0, 5]), origin: [0, 0] };

describe("buildTrailGeometry", () => {
  const { vertices, indices } = buildTrailGeometry(trails);
  const vertex = (index: number) => Array.from(vertices.subarray(index * TRAIL_VERTEX_FLOATS, (index + 1) * TRAIL_VERTEX_FLOATS));

  it("gives every segment four vertices carrying its record and their corner", () => {
    expect(vertices.length).toBe(2 * 4 * TRAIL_VERTEX_FLOATS);
    expect(vertex(0)).toEqual([...record(1), 0]);
    expect(vertex(3)).toEqual([...record(1), 3]);
    expect(vertex(4)).toEqual([...record(2), 0]);
    expect(vertex(6)).toEqual([...record(2), 2]);
  });

  it("indexes each quad as two triangles, segment by segment in order", () => {
    expect(indices.length).toBe(2 * TRAIL_INDICES_PER_SEGMENT);
    expect(Array.from(indices)).toEqual([0, 1, 2, 2, 1, 3, 4, 5, 6, 6, 5, 7]);
  });

  it("is empty for no segments", () => {
    const empty = buildTrailGeometry({ ...trails, data: new Float32Array(0), count: 0, startTimes: new Float64Array(0) });
    expect(empty.vertices.length + empty.indices.length).toBe(0);
  });
});
