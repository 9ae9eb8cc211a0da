import { describe, expect, it } from "vitest";
import type { Moment } from "@/lib/data/schema";
import { normalisedClock } from "./normalised-clock";

const moment = (id: string, utc: string, kind: Moment["kind"]): Moment => ({
  id,
  time: { utc, approximate: false, estimated: false },
  description: id,
  kind,
  formations: [],
  confidence: "reported",
  sources: ["s"],
});

describe("normalisedClock", () => {
  it("counts hours from the first zone entry", () => {
    const clock = normalisedClock([moment("exit", "2020-12-22T06:20:00Z", "zone-exit"), moment("notice", "2020-12-21T22:30:00Z", "other"), moment("entry", "2020-12-21T23:00:00Z", "zone-entry")]);
    expect(clock.origin).toBe("zoneEntry");
    expect(clock.moments.map((item) => [item.id, item.hours])).toEqual([["notice", -0.5], ["entry", 0], ["exit", 7 + 1 / 3]]);
  });

  it("falls back to the first moment when no entry is reported", () => {
    const clock = normalisedClock([moment("b", "2024-07-24T18:00:00Z", "other"), moment("a", "2024-07-24T17:00:00Z", "statement")]);
    expect(clock.origin).toBe("firstMoment");
    expect(clock.moments[0]).toMatchObject({ id: "a", hours: 0 });
  });
});
