import { describe, expect, it } from "vitest";
import { svgPathData } from "./svg-path-data";

const flip = ([longitude, latitude]: number[]): [number, number] => [longitude!, -latitude!];

describe("svgPathData", () => {
  it("closes each ring of a polygon, holes included, without repeating the closing vertex", () => {
    const square = [[0, 0], [0, 2], [2, 2], [2, 0], [0, 0]];
    const hole = [[0.5, 0.5], [1, 0.5], [1, 1], [0.5, 0.5]];
    expect(svgPathData({ type: "Polygon", coordinates: [square, hole] }, flip)).toBe("M0 0L0 -2L2 -2L2 0ZM0.5 -0.5L1 -0.5L1 -1Z");
  });

  it("leaves lines open, rounds to the given decimals and skips lines too short to draw", () => {
    const geometry = { type: "MultiLineString" as const, coordinates: [[[1.234, 5.678], [2.345, 6.789]], [[9, 9]]] };
    expect(svgPathData(geometry, flip, 2)).toBe("M1.23 -5.68L2.35 -6.79");
  });

  it("draws nothing for points", () => {
    expect(svgPathData({ type: "Point", coordinates: [1, 2] }, flip)).toBe("");
  });
});
