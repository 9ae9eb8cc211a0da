import { describe, expect, it } from "vitest";
import { toMercator } from "@/lib/geo/to-mercator";
import type { PlaybackFormation, PlaybackModel } from "@/lib/data/playback-model";
import { playbackFormation } from "./playback-formation-for-tests";
import { buildTrailInstances, countStartedSegments, TRAIL_COUNTRIES, TRAIL_INSTANCE_FLOATS } from "./trail-instances";

// The last vertex approximate, so the instances carry the flag.
const formation = (overrides: Partial<PlaybackFormation>) => playbackFormation({ approximate: [false, false, true], ...overrides });

const model: PlaybackModel = {
  start: 60_000,
  end: 3_060_000,
  ticks: [],
  formations: [formation({}), formation({ id: "other", country: "russia", path: { coordinates: [[130, 40], [131, 40]], times: [60_000, 120_000] }, approximate: [false, false] })],
};

const instance = (data: Float32Array, index: number) => Array.from(data.subarray(index * TRAIL_INSTANCE_FLOATS, (index + 1) * TRAIL_INSTANCE_FLOATS));

describe("buildTrailInstances", () => {
  const trails = buildTrailInstances(model);

  it("makes one instance per segment of every route", () => {
    expect(trails.count).toBe(3);
    expect(trails.data.length).toBe(3 * TRAIL_INSTANCE_FLOATS);
  });

  it("places segments relative to the first vertex, in Mercator units", () => {
    expect(trails.origin).toEqual(toMercator([125, 30]));
    const [startX, startY, endX, endY] = instance(trails.data, 0);
    expect(startX).toBe(0);
    expect(startY).toBe(0);
    expect(endX).toBeCloseTo(1 / 360, 6);
    expect(endY).toBeCloseTo(0, 6);
  });

  it("gives each segment its start and end in seconds since the event's start", () => {
    expect(instance(trails.data, 0).slice(4, 6)).toEqual([0, 1_000]);
    expect(instance(trails.data, 1).slice(4, 6)).toEqual([0, 60]);
    expect(instance(trails.data, 2).slice(4, 6)).toEqual([1_000, 3_000]);
  });

  it("sorts segments by start time, keeping route order among equal starts, and lists the starts", () => {
    expect(Array.from(trails.startTimes)).toEqual([0, 0, 1_000]);
    expect(instance(trails.data, 0)[8]).toBe(TRAIL_COUNTRIES.indexOf("china"));
    expect(instance(trails.data, 1)[8]).toBe(TRAIL_COUNTRIES.indexOf("russia"));
  });

  it("carries the distance flown along the route, restarting for each formation", () => {
    const first = instance(trails.data, 0);
    const second = instance(trails.data, 2);
    expect(first[6]).toBe(0);
    expect(second[6]).toBeCloseTo(first[7]!, 7);
    expect(second[7]!).toBeGreaterThan(second[6]!);
    expect(instance(trails.data, 1)[6]).toBe(0);
  });

  it("tags country and reconstructed segments", () => {
    expect(instance(trails.data, 0).slice(8)).toEqual([TRAIL_COUNTRIES.indexOf("china"), 0]);
    expect(instance(trails.data, 2).slice(8)).toEqual([TRAIL_COUNTRIES.indexOf("china"), 1]);
    expect(instance(trails.data, 1)[8]).toBe(TRAIL_COUNTRIES.indexOf("russia"));
  });

  it("is empty when nothing flies", () => {
    expect(buildTrailInstances({ ...model, formations: [] }).count).toBe(0);
  });
});

describe("countStartedSegments", () => {
  const starts = Float64Array.from([0, 0, 10, 10, 25]);

  it("counts the segments begun by a time, a segment starting exactly then included", () => {
    expect(countStartedSegments(starts, -1)).toBe(0);
    expect(countStartedSegments(starts, 0)).toBe(2);
    expect(countStartedSegments(starts, 9.9)).toBe(2);
    expect(countStartedSegments(starts, 10)).toBe(4);
    expect(countStartedSegments(starts, 1e9)).toBe(5);
  });

  it("is zero with no segments", () => {
    expect(countStartedSegments(new Float64Array(0), 5)).toBe(0);
  });
});
