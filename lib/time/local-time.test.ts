import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localTimeToUtc, utcToLocalTime } from "./local-time";

describe("event-local time", () => {
  it("08:40 KST on 22 Dec 2020 is 23:40 UTC on the 21st", () => {
    expect(new Date(localTimeToUtc({ dayOffset: 0, minutes: 520 }, "2020-12-22", 540)).toISOString()).toBe("2020-12-21T23:40:00.000Z");
  });

  it("handles the next day and negative offsets (Alaska)", () => {
    expect(new Date(localTimeToUtc({ dayOffset: 1, minutes: 135 }, "2024-07-24", -480)).toISOString()).toBe("2024-07-25T10:15:00.000Z");
  });

  it("round-trips any minute of the event's days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1439 }), fc.constantFrom(540, -480, 0), (dayOffset, minutes, offset) => {
        const utc = localTimeToUtc({ dayOffset, minutes }, "2020-12-22", offset);
        expect(utcToLocalTime(utc, "2020-12-22", offset)).toEqual({ dayOffset, minutes });
      }),
    );
  });
});
