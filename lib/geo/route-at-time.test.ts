import { describe, expect, it } from "vitest";
import { routeAtTime, type TimedPath } from "./route-at-time";

const hour = 3_600_000;
const northward: TimedPath = { coordinates: [[130, 30], [130, 32], [132, 32]], times: [0, 2 * hour, 4 * hour] };

describe("routeAtTime", () => {
  it("is null before the first time and after the last", () => {
    expect(routeAtTime(northward, -1)).toBeNull();
    expect(routeAtTime(northward, 4 * hour + 1)).toBeNull();
  });

  it("is at the vertices at their times", () => {
    expect(routeAtTime(northward, 0)?.position).toEqual([130, 30]);
    expect(routeAtTime(northward, 2 * hour)?.position).toEqual([130, 32]);
    expect(routeAtTime(northward, 4 * hour)?.position).toEqual([132, 32]);
  });

  it("moves at constant speed along a meridian, heading north", () => {
    const state = routeAtTime(northward, hour)!;
    expect(state.position[0]).toBeCloseTo(130, 6);
    expect(state.position[1]).toBeCloseTo(31, 6);
    expect(state.heading).toBeCloseTo(0, 6);
  });

  it("heads roughly east on an eastward leg", () => {
    const state = routeAtTime(northward, 3 * hour)!;
    expect(state.heading).toBeGreaterThan(85);
    expect(state.heading).toBeLessThan(95);
    // A great circle bows poleward of the parallel between two points at the same latitude.
    expect(state.position[1]).toBeGreaterThan(32);
  });

  it("holds still on a zero-length leg and keeps a sensible heading", () => {
    const loiter: TimedPath = { coordinates: [[130, 30], [130, 31], [130, 31], [131, 31]], times: [0, hour, 2 * hour, 3 * hour] };
    const state = routeAtTime(loiter, 1.5 * hour)!;
    expect(state.position).toEqual([130, 31]);
    expect(Number.isFinite(state.heading)).toBe(true);
  });

  it("crosses the antimeridian without jumping around the world", () => {
    const bering: TimedPath = { coordinates: [[178, 60], [182, 60]], times: [0, hour] };
    const state = routeAtTime(bering, hour / 2)!;
    expect(state.position[0]).toBeGreaterThan(179);
    expect(state.position[0]).toBeLessThan(181);
    expect(state.heading).toBeGreaterThan(80);
    expect(state.heading).toBeLessThan(100);
  });

  it("does not change its input", () => {
    const copy = structuredClone(northward);
    routeAtTime(northward, hour);
    expect(northward).toEqual(copy);
  });
});
