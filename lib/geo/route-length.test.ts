import { describe, expect, it } from "vitest";
import { kilometresToNauticalMiles, routeLengthKilometres } from "./route-length";

describe("routeLengthKilometres", () => {
  it("measures one degree of latitude as about 111 km", () => {
    expect(routeLengthKilometres([[130, 34], [130, 35]])).toBeCloseTo(111.2, 0);
  });

  it("adds the legs of a path", () => {
    const oneLeg = routeLengthKilometres([[130, 34], [130, 35]]);
    expect(routeLengthKilometres([[130, 34], [130, 35], [130, 36]])).toBeCloseTo(oneLeg * 2, 0);
  });

  it("is zero for a single point", () => {
    expect(routeLengthKilometres([[130, 34]])).toBe(0);
  });
});

describe("kilometresToNauticalMiles", () => {
  it("uses the international nautical mile", () => {
    expect(kilometresToNauticalMiles(1.852)).toBe(1);
  });
});
