import { describe, expect, it } from "vitest";
import { greatCircleLine } from "./great-circle-line";

describe("greatCircleLine", () => {
  it("keeps the original vertices and records where they landed", () => {
    const input = [
      [125.0, 32.0],
      [129.6, 34.0],
      [131.9, 37.2],
    ];
    const { coordinates, vertexIndices } = greatCircleLine(input);
    expect(vertexIndices).toHaveLength(3);
    vertexIndices.forEach((denseIndex, index) => expect(coordinates[denseIndex]).toEqual(input[index]));
    expect(coordinates.length).toBeGreaterThan(input.length);
  });

  it("bows toward the pole on a long east-west leg, unlike a straight Mercator line", () => {
    const { coordinates } = greatCircleLine([
      [120, 40],
      [160, 40],
    ]);
    const middle = coordinates[Math.floor(coordinates.length / 2)]!;
    expect(middle[1]).toBeGreaterThan(41);
  });

  it("keeps longitudes continuous across the antimeridian", () => {
    const { coordinates } = greatCircleLine([
      [175, 55],
      [-170, 58],
    ]);
    for (let index = 1; index < coordinates.length; index += 1) {
      expect(Math.abs(coordinates[index]![0]! - coordinates[index - 1]![0]!)).toBeLessThan(5);
    }
    expect(coordinates[coordinates.length - 1]![0]).toBeCloseTo(190);
  });

  it("leaves a zero-length leg as two equal points and does not mutate its input", () => {
    const input = [
      [129, 34],
      [129, 34],
    ];
    const copy = structuredClone(input);
    const { coordinates } = greatCircleLine(input);
    expect(coordinates).toEqual([
      [129, 34],
      [129, 34],
    ]);
    expect(input).toEqual(copy);
  });
});
