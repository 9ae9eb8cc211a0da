import { describe, expect, it } from "vitest";
import { labelsInFrame } from "./preview-labels";

// One pixel a degree, with the top-left corner at 120° E, 50° N.
const project = ([longitude, latitude]: [number, number]): [number, number] => [longitude - 120, 50 - latitude];

describe("labelsInFrame", () => {
  it("keeps only labels inside the picture, clear of its edges, most telling first", () => {
    expect(labelsInFrame("east-asia", project, 30, 30, { inset: 4 }).map((label) => label.name)).toEqual(["Japan", "South Korea"]);
    expect(labelsInFrame("east-asia", project, 30, 30, { inset: 4, count: 1 })).toEqual([{ id: "japan", name: "Japan", x: expect.closeTo(18.6, 6), y: expect.closeTo(13.6, 6) }]);
  });

  it("shows none when no anchor is inside", () => {
    expect(labelsInFrame("bering-sea", project, 30, 30)).toEqual([]);
  });
});
