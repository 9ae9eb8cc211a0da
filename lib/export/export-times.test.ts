import { describe, expect, it } from "vitest";
import { localIsoTime, xmlDateTime } from "./export-times";

describe("localIsoTime", () => {
  it("writes the event's offset at the stored precision", () => {
    expect(localIsoTime("2020-12-21T23:05Z", 540)).toBe("2020-12-22T08:05+09:00");
    expect(localIsoTime("2024-07-24T19:30:15Z", -480)).toBe("2024-07-24T11:30:15-08:00");
    expect(localIsoTime("2020-12-22T00:00Z", 330)).toBe("2020-12-22T05:30+05:30");
  });
});

describe("xmlDateTime", () => {
  it("gives a full XML Schema dateTime", () => {
    expect(xmlDateTime("2020-12-21T23:05Z")).toBe("2020-12-21T23:05:00Z");
  });
});
