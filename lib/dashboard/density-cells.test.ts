import { latLngToCell } from "h3-js";
import { describe, expect, it } from "vitest";
import { densifyTimedPath } from "@/lib/geo/densify-timed-path";
import { densityCells, minutesByCell } from "./density-cells";
import { visibleMinutes } from "./visible-minutes";

const minute = 60_000;

describe("minutesByCell", () => {
  it("puts a short segment's whole duration in the cell it lies in", () => {
    const cells = minutesByCell({ coordinates: [[129.3, 34.3], [129.31, 34.31]], times: [0, 5 * minute] });
    expect([...cells]).toEqual([[latLngToCell(34.305, 129.305, 4), 5]]);
  });

  it("shares a long leg's time out over the cells along it, adding up to the leg's duration", () => {
    const path = densifyTimedPath({ coordinates: [[125, 30], [130, 36]], times: [0, 60 * minute] }, 10);
    const cells = minutesByCell(path);
    expect(cells.size).toBeGreaterThan(10);
    expect([...cells.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(60, 6);
  });

  it("weights by time: a slow pass through a cell counts more than a fast one", () => {
    const slow = minutesByCell({ coordinates: [[129.3, 34.3], [129.31, 34.31]], times: [0, 30 * minute] });
    const fast = minutesByCell({ coordinates: [[129.3, 34.3], [129.31, 34.31]], times: [0, 2 * minute] });
    expect([...slow.values()][0]).toBe(30);
    expect([...fast.values()][0]).toBe(2);
  });

  it("counts nothing for a segment whose time does not advance", () => {
    expect(minutesByCell({ coordinates: [[129.3, 34.3], [129.31, 34.31]], times: [minute, minute] }).size).toBe(0);
  });
});

describe("densityCells", () => {
  const here = { coordinates: [[129.3, 34.3], [129.31, 34.31]], times: [0, 10 * minute] };
  const there = { coordinates: [[140, 40], [140.01, 40.01]], times: [0, 4 * minute] };
  const cells = densityCells([
    { index: 0, paths: [here] },
    { index: 1, paths: [here, there] },
  ]);

  it("sums patrols per cell and keeps each patrol's share, most-flown first", () => {
    expect(cells.map((cell) => cell.minutes)).toEqual([20, 4]);
    expect(cells[0]!.patrols).toEqual([
      [0, 10],
      [1, 10],
    ]);
  });

  it("gives the minutes of only the patrols a filter lets through", () => {
    expect(visibleMinutes(cells, new Set([1]))).toEqual([10, 4]);
    expect(visibleMinutes(cells, new Set([0]))).toEqual([10, 0]);
  });
});
