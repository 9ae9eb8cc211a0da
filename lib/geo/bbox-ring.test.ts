import { describe, expect, it } from "vitest";
import { bboxRing } from "./bbox-ring";

const area = ([west, south, east, north]: number[]) => (east! - west!) * (north! - south!);

describe("bboxRing", () => {
  it("covers exactly the outer box minus the inner one", () => {
    const ring = bboxRing([0, 0, 10, 10], [2, 3, 6, 8]);
    expect(ring).toHaveLength(4);
    expect(ring.reduce((sum, box) => sum + area(box), 0)).toBe(100 - 4 * 5);
  });

  it("drops empty bands when the inner box touches an edge", () => {
    const ring = bboxRing([0, 0, 10, 10], [0, 0, 10, 5]);
    expect(ring).toEqual([[0, 5, 10, 10]]);
  });
});
