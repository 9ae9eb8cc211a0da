import { describe, expect, it } from "vitest";
import { closestApproach } from "./closest-approach";

const hour = 3_600_000;

describe("closestApproach", () => {
  it("finds the nearest point of a pass and the time it was flown", () => {
    // Along the equator from 0° to 2°E in two hours, passing 1°E at one hour; the place is 0.5° north of that.
    const approach = closestApproach({ coordinates: [[0, 0], [2, 0]], times: [0, 2 * hour] }, [1, 0.5])!;
    expect(approach.kilometres).toBeCloseTo(55.6, 0);
    expect(approach.time).toBeCloseTo(hour, -4);
    expect(approach.position[0]).toBeCloseTo(1, 2);
  });

  it("uses the end of the path when the place lies beyond it", () => {
    const approach = closestApproach({ coordinates: [[0, 0], [1, 0]], times: [0, hour] }, [3, 0])!;
    expect(approach.time).toBe(hour);
    expect(approach.kilometres).toBeCloseTo(222.4, 0);
  });

  it("gives the distance but no time for a path without times", () => {
    const approach = closestApproach({ coordinates: [[0, 0], [2, 0]] }, [1, 0.5])!;
    expect(approach.kilometres).toBeCloseTo(55.6, 0);
    expect(approach.time).toBeUndefined();
  });

  it("is undefined for an empty path", () => {
    expect(closestApproach({ coordinates: [], times: [] }, [0, 0])).toBeUndefined();
  });
});
