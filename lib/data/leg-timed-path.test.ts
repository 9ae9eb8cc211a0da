import { describe, expect, it } from "vitest";
import { legTimedPath } from "./leg-timed-path";
import type { EventTime, TrackFeature } from "./schema";

const at = (utc: string): EventTime => ({ utc, approximate: false, estimated: true });

function leg(times: (EventTime | null)[]): TrackFeature {
  return {
    type: "Feature",
    geometry: { type: "LineString", coordinates: [[0, 0], [2, 0]] },
    properties: { id: "leg", name: "Leg", confidence: "reported", sources: ["test"], formation: "pair", times },
  };
}

describe("legTimedPath", () => {
  it("densifies the leg and keeps its vertex times at its ends", () => {
    // 2° of the equator is 222 km: about nine steps of 25 km.
    const path = legTimedPath(leg([at("2020-12-22T00:00Z"), at("2020-12-22T01:00Z")]))!;
    expect(path.coordinates.length).toBeGreaterThan(5);
    expect(path.times[0]).toBe(Date.parse("2020-12-22T00:00Z"));
    expect(path.times[path.times.length - 1]).toBe(Date.parse("2020-12-22T01:00Z"));
    expect(path.times.length).toBe(path.coordinates.length);
  });

  it("is null when a vertex has no time", () => {
    expect(legTimedPath(leg([at("2020-12-22T00:00Z"), null]))).toBeNull();
  });
});
