import { describe, expect, it } from "vitest";
import { framePadding } from "./frame-padding";

describe("framePadding", () => {
  it("keeps a phone's framing above the bottom sheet (42% of the height) and the timeline", () => {
    expect(framePadding({ width: 390, height: 844 })).toEqual({ top: 56, bottom: 354 + 120, left: 16, right: 16 });
  });

  it("keeps a wide screen's framing clear of the legend on the left and the timeline below", () => {
    expect(framePadding({ width: 1280, height: 800 })).toEqual({ top: 40, bottom: 150, left: 270, right: 70 });
  });
});
