import { describe, expect, it } from "vitest";
import { clockTicks, MOST_LABELS } from "./clock-axis";

const labelled = (from: number, to: number, width: "wide" | "narrow") =>
  clockTicks(from, to)
    .filter((tick) => tick.label[width])
    .map((tick) => tick.hour);

describe("clockTicks", () => {
  it("labels every hour where they all fit", () => {
    expect(labelled(-1, 12, "wide")).toEqual([-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(labelled(0, 4, "narrow")).toEqual([0, 1, 2, 3, 4]);
  });

  it("thins the labels of a long clock on a phone to round steps from zero", () => {
    expect(labelled(-1, 12, "narrow")).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(labelled(-1, 30, "wide")).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30]);
    expect(labelled(-1, 30, "narrow")).toEqual([0, 6, 12, 18, 24, 30]);
  });

  it("keeps one tick per hour and never more labels than fit", () => {
    for (let to = 1; to <= 48; to += 1) {
      const ticks = clockTicks(-1, to);
      expect(ticks).toHaveLength(to + 2);
      expect(ticks.filter((tick) => tick.label.wide).length).toBeLessThanOrEqual(MOST_LABELS.wide);
      expect(ticks.filter((tick) => tick.label.narrow).length).toBeLessThanOrEqual(MOST_LABELS.narrow);
    }
  });
});
