import { describe, expect, it } from "vitest";
import { toMercator } from "./to-mercator";

describe("toMercator", () => {
  it("puts 0°, 0° in the middle of the world", () => {
    expect(toMercator([0, 0])).toEqual([0.5, 0.5]);
  });

  it("grows x eastward and y southward", () => {
    const [x, y] = toMercator([90, -45]);
    expect(x).toBe(0.75);
    expect(y).toBeGreaterThan(0.5);
  });

  it("matches the Mercator y of 60° N worked by hand", () => {
    // ln(tan(45° + 30°)) = ln(3.7320508) = 1.3169579; y = 0.5 - 1.3169579 / (2π)
    expect(toMercator([0, 60])[1]).toBeCloseTo(0.5 - 1.3169579 / (2 * Math.PI), 7);
  });

  it("keeps unwrapped longitudes past the antimeridian outside 0..1", () => {
    expect(toMercator([-182.5, 53.5])[0]).toBeCloseTo(-2.5 / 360, 12);
    expect(toMercator([190, 60])[0]).toBeCloseTo(1 + 10 / 360, 12);
  });
});
