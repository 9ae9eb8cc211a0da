import { describe, expect, it } from "vitest";
import { bottomClearance, framePadding } from "./frame-padding";

describe("framePadding", () => {
  it("keeps a phone's framing above the peeking bottom sheet and the one-row timeline", () => {
    expect(framePadding({ width: 390, height: 844 })).toEqual({ top: 56, bottom: 128, left: 16, right: 16 });
  });

  it("keeps a wide screen's framing clear of the legend on the left and the timeline below", () => {
    expect(framePadding({ width: 1280, height: 800 })).toEqual({ top: 40, bottom: 150, left: 270, right: 70 });
  });
});

describe("bottomClearance", () => {
  const container = { top: 0, bottom: 740, left: 0, right: 360 };

  it("clears the top of a timeline drawn over the map, with a margin", () => {
    expect(bottomClearance(container, [{ top: 260, bottom: 420, left: 8, right: 352 }])).toBe(740 - 260 + 12);
  });

  it("takes the highest of several obstacles", () => {
    expect(bottomClearance(container, [{ top: 600, bottom: 700, left: 0, right: 360 }, { top: 300, bottom: 400, left: 0, right: 100 }])).toBe(740 - 300 + 12);
  });

  it("ignores obstacles beside or below the map, and ones not laid out", () => {
    const beside = { top: 300, bottom: 400, left: 400, right: 500 };
    const below = { top: 800, bottom: 900, left: 0, right: 360 };
    const hidden = { top: 0, bottom: 0, left: 0, right: 0 };
    expect(bottomClearance(container, [beside, below, hidden])).toBe(0);
  });
});
