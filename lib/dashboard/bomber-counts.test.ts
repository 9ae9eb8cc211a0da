import { describe, expect, it } from "vitest";
import { bomberCounts } from "./bomber-counts";

describe("bomberCounts", () => {
  it("sums a type flown in two formations", () => {
    const bombers = [
      { type: "H-6K", count: 2 },
      { type: "H-6K", count: 2 },
      { type: "Tu-95MS", count: 2 },
    ];
    expect(bomberCounts(bombers)).toBe("4 × H-6K + 2 × Tu-95MS");
  });

  it("never totals a type when one of its counts was not reported", () => {
    expect(bomberCounts([{ type: "H-6K", count: 2 }, { type: "H-6K", count: null }])).toBe("2 × H-6K + ? × H-6K");
  });

  it("keeps types the sources name differently apart", () => {
    expect(bomberCounts([{ type: "H-6", count: 2 }, { type: "H-6 (presumed)", count: 2 }])).toBe("2 × H-6 + 2 × H-6 (presumed)");
  });
});
