import { describe, expect, it } from "vitest";
import { toMercator } from "@/lib/geo/to-mercator";
import type { PlaybackFormation, PlaybackModel } from "@/lib/data/playback-model";
import { playbackFormation } from "./playback-formation-for-tests";
import { buildAircraftPaths, buildAircraftQuads, FORMATION_FLOATS, QUAD_VERTEX_FLOATS } from "./aircraft-paths";

const model = (formations: PlaybackFormation[]): PlaybackModel => ({ start: 60_000, end: 3_060_000, ticks: [], formations });

const texel = (texels: Float32Array, index: number) => Array.from(texels.subarray(index * 4, index * 4 + 4));
const attributes = (formations: Float32Array, index: number) => Array.from(formations.subarray(index * FORMATION_FLOATS, (index + 1) * FORMATION_FLOATS));

describe("buildAircraftPaths", () => {
  it("packs each vertex as x, y relative to the first vertex, seconds since the start and the estimated flag", () => {
    const paths = buildAircraftPaths(model([playbackFormation({})]), 4);
    expect(paths.origin).toEqual(toMercator([125, 30]));
    expect(texel(paths.texels, 0)).toEqual([0, 0, 0, 0]);
    const [x, y] = toMercator([127, 31]);
    const last = texel(paths.texels, 2);
    expect(last[0]).toBeCloseTo(x - paths.origin[0], 7);
    expect(last[1]).toBeCloseTo(y - paths.origin[1], 7);
    // 3,060,000 ms is 3,000 s after the start at 60,000 ms.
    expect(last.slice(2)).toEqual([3000, 1]);
  });

  it("runs a formation on over the next row and gives each formation its first texel", () => {
    // 3 + 3 vertices in rows of 4: the second formation starts at texel 3 and wraps into row 2.
    const paths = buildAircraftPaths(model([playbackFormation({}), playbackFormation({ id: "other", country: "russia", role: "fighter" })]), 4);
    expect(paths.rows).toBe(2);
    expect(paths.texels).toHaveLength(2 * 4 * 4);
    expect(attributes(paths.formations, 0)).toEqual([0, 3, 0, 0]);
    // Russia is the second country, fighter the third role.
    expect(attributes(paths.formations, 1)).toEqual([3, 3, 1, 2]);
    expect(texel(paths.texels, 4)[2]).toBe(1000);
    // The last row's unused texels stay zero.
    expect(texel(paths.texels, 7)).toEqual([0, 0, 0, 0]);
  });

  it("keeps an empty formation with no texels, and an all-empty model one blank row", () => {
    const empty = playbackFormation({ id: "empty", path: { coordinates: [], times: [] }, estimated: [] });
    const paths = buildAircraftPaths(model([empty, playbackFormation({})]), 4);
    expect(attributes(paths.formations, 0)).toEqual([0, 0, 0, 0]);
    expect(attributes(paths.formations, 1)).toEqual([0, 3, 0, 0]);
    expect(paths.origin).toEqual(toMercator([125, 30]));
    const none = buildAircraftPaths(model([empty]), 4);
    expect(none.rows).toBe(1);
    expect(none.origin).toEqual([0, 0]);
  });

  it("keeps a route unwrapped over the antimeridian continuous", () => {
    // 179° to 181° east: x runs past 1 rather than jumping back to 0.
    const crossing = playbackFormation({ path: { coordinates: [[179, 50], [181, 50]], times: [60_000, 120_000] }, estimated: [false, false] });
    const paths = buildAircraftPaths(model([crossing]), 4);
    expect(texel(paths.texels, 1)[0]).toBeCloseTo(2 / 360, 7);
    expect(paths.centreX).toBeCloseTo((359 / 360 + 361 / 360) / 2, 7);
  });
});

describe("buildAircraftQuads", () => {
  it("gives every formation four corners carrying its attributes and two triangles, the first formation's drawn last", () => {
    const paths = buildAircraftPaths(model([playbackFormation({}), playbackFormation({ id: "other", role: "aew" })]), 4);
    const { vertices, indices } = buildAircraftQuads(paths);
    expect(vertices).toHaveLength(2 * 4 * QUAD_VERTEX_FLOATS);
    expect(Array.from(vertices.subarray(5 * QUAD_VERTEX_FLOATS, 6 * QUAD_VERTEX_FLOATS))).toEqual([1, -1, 3, 3, 0, 1]);
    expect(Array.from(indices)).toEqual([4, 5, 6, 6, 5, 7, 0, 1, 2, 2, 1, 3]);
  });
});
