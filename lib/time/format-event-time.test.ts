import { describe, expect, it } from "vitest";
import { formatEventTime } from "./format-event-time";

describe("formatEventTime", () => {
  it("shows KST and UTC, flagging that 08:00 KST is the previous UTC day", () => {
    const formatted = formatEventTime({ utc: "2020-12-21T23:05:00Z", approximate: true, estimated: false }, 540, "KST");
    expect(formatted).toEqual({ local: "08:05 KST", utc: "23:05 UTC (previous day, 21 Dec)", qualifier: "about" });
  });

  it("marks estimated times and adds no day note on the same day", () => {
    const formatted = formatEventTime({ utc: "2020-12-22T06:20:00Z", approximate: false, estimated: true }, 540, "KST");
    expect(formatted).toEqual({ local: "15:20 KST", utc: "06:20 UTC", qualifier: "est." });
  });

  it("has no qualifier for an exact reported time", () => {
    expect(formatEventTime({ utc: "2019-07-22T21:44:00Z", approximate: false, estimated: false }, 540, "KST").qualifier).toBeNull();
  });
});
