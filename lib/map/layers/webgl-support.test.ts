import { describe, expect, it } from "vitest";
import { hexToRgb, translated } from "./webgl-support";

describe("translated", () => {
  it("moves the origin of a matrix by x and y, leaving its other columns", () => {
    // A scale by 2 then a shift of 10 in x: (3, 4) goes to (2 × (3 + 1) + 10, 2 × (4 + 5)).
    const matrix = [2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1, 0, 10, 0, 0, 1];
    expect(Array.from(translated(matrix, 1, 5))).toEqual([2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 1, 0, 12, 10, 0, 1]);
  });
});

describe("hexToRgb", () => {
  it("reads #rrggbb as fractions of 255", () => {
    expect(hexToRgb("#ff8000")).toEqual([1, 128 / 255, 0]);
  });
});
