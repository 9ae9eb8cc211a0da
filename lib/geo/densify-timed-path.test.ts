import { describe, expect, it } from "vitest";
import { densifyTimedPath } from "./densify-timed-path";

describe("densifyTimedPath", () => {
  it("keeps the original times at the original vertices and spreads the rest by distance", () => {
    const dense = densifyTimedPath({ coordinates: [[130, 30], [130, 34], [130, 35]], times: [0, 4_000, 6_000] }, 25);
    expect(dense.coordinates.length).toBe(dense.times.length);
    expect(dense.times[0]).toBe(0);
    expect(dense.times[dense.times.length - 1]).toBe(6_000);
    const middle = dense.coordinates.findIndex((position) => Math.abs(position[1]! - 32) < 0.15);
    expect(dense.times[middle]).toBeCloseTo(2_000, -2);
    for (let index = 1; index < dense.times.length; index += 1) expect(dense.times[index]).toBeGreaterThanOrEqual(dense.times[index - 1]!);
  });
});
