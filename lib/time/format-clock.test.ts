import { describe, expect, it } from "vitest";
import { formatClock, formatDay } from "./format-clock";

describe("formatClock", () => {
  it("shifts UTC to the local clock", () => {
    const time = Date.parse("2020-12-21T23:05:00Z");
    expect(formatClock(time)).toBe("23:05");
    expect(formatClock(time, 540)).toBe("08:05");
    expect(formatDay(time, 540)).toBe("22 Dec");
    expect(formatDay(time)).toBe("21 Dec");
  });
});
