import type { Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { timeInside, zoneCrossings } from "./zone-crossings";

const hour = 3_600_000;
// A square zone from 10° to 20° east and north.
const square: Polygon = { type: "Polygon", coordinates: [[[10, 10], [20, 10], [20, 20], [10, 20], [10, 10]]] };

describe("zoneCrossings", () => {
  it("finds the entry and exit of a path straight through, at the times in proportion", () => {
    // 0°E at t=0 to 30°E at t=3h along 15°N: in at 10°E (1h), out at 20°E (2h).
    const path = { coordinates: [[0, 15], [30, 15]], times: [0, 3 * hour] };
    const crossings = zoneCrossings(path, square);
    expect(crossings.map((crossing) => crossing.kind)).toEqual(["entry", "exit"]);
    expect(crossings[0]!.time).toBeCloseTo(hour, -1);
    expect(crossings[1]!.time).toBeCloseTo(2 * hour, -1);
    expect(crossings[0]!.position[0]).toBeCloseTo(10, 9);
    expect(crossings[1]!.position[0]).toBeCloseTo(20, 9);
  });

  it("has no entry when the path starts inside, only the exit", () => {
    const path = { coordinates: [[15, 15], [25, 15]], times: [0, hour] };
    expect(zoneCrossings(path, square).map((crossing) => crossing.kind)).toEqual(["exit"]);
  });

  it("finds nothing for a path that stays outside", () => {
    expect(zoneCrossings({ coordinates: [[0, 0], [5, 5]], times: [0, hour] }, square)).toEqual([]);
  });

  it("counts a re-entry separately", () => {
    const path = { coordinates: [[5, 15], [15, 15], [25, 15], [15, 12], [5, 12]], times: [0, 1, 2, 3, 4].map((step) => step * hour) };
    expect(zoneCrossings(path, square).map((crossing) => crossing.kind)).toEqual(["entry", "exit", "entry", "exit"]);
  });
});

describe("timeInside", () => {
  it("adds up the time between entries and exits", () => {
    const path = { coordinates: [[0, 15], [30, 15]], times: [0, 3 * hour] };
    expect(timeInside(path, square)).toBeCloseTo(hour, -1);
  });

  it("counts from the start for a path that begins inside and never leaves", () => {
    const path = { coordinates: [[12, 12], [18, 18]], times: [0, 2 * hour] };
    expect(timeInside(path, square)).toBe(2 * hour);
  });
});
