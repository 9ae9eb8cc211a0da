import { describe, expect, it } from "vitest";
import { frameTimes, OPENING_HOLD_MS, videoDurationMs } from "./video-frames";

const MINUTE = 60_000;

describe("frameTimes", () => {
  it("advances the clock by speed / fps seconds per frame, from start to end inclusive", () => {
    // 900× at 30 fps: 30 s of patrol per frame; 10 minutes is 20 steps, 21 frames.
    const times = frameTimes(0, 10 * MINUTE, 900, 30);
    expect(times).toHaveLength(21);
    expect(times[1]).toBe(30_000);
    expect(times.at(-1)).toBe(10 * MINUTE);
    expect(times.every((time, index) => index === 0 || time > times[index - 1]!)).toBe(true);
  });
  it("ends on the chosen end when the span is not a whole number of frames", () => {
    const times = frameTimes(0, 100_000, 900, 30);
    expect(times).toEqual([0, 30_000, 60_000, 90_000, 100_000]);
  });
  it("gives at least a first and a last frame for a span shorter than one frame", () => {
    expect(frameTimes(0, 1000, 3600, 30)).toEqual([0, 1000]);
  });
  it("gives the start alone for an empty or reversed span", () => {
    expect(frameTimes(5, 5, 900)).toEqual([5]);
    expect(frameTimes(5, 1, 900)).toEqual([5]);
  });
});

describe("videoDurationMs", () => {
  it("is the opening hold plus one frame interval per step", () => {
    expect(videoDurationMs(21, 30)).toBeCloseTo(OPENING_HOLD_MS + 20_000 / 30);
    expect(videoDurationMs(1, 30)).toBe(OPENING_HOLD_MS);
  });
});
