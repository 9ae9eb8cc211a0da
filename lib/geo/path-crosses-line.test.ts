import { describe, expect, it } from "vitest";
import { pathCrossesLine } from "./path-crosses-line";

const gate = [
  [0, 0],
  [0, 10],
];

describe("pathCrossesLine", () => {
  it("is true for a path that passes through the line", () => {
    expect(pathCrossesLine([[-1, 5], [1, 5]], gate)).toBe(true);
  });

  it("is true when only a middle segment crosses", () => {
    expect(pathCrossesLine([[-3, -3], [-1, 4], [2, 6], [3, 12]], gate)).toBe(true);
  });

  it("is false for a path that stays on one side or passes beyond the line's end", () => {
    expect(pathCrossesLine([[-2, 1], [-1, 9]], gate)).toBe(false);
    expect(pathCrossesLine([[-1, 11], [1, 11]], gate)).toBe(false);
  });

  it("is false for a path of fewer than two positions", () => {
    expect(pathCrossesLine([[-1, 5]], gate)).toBe(false);
  });
});
