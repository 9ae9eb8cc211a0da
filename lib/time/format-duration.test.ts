import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("rounds to five minutes", () => {
    expect(formatDuration(2 * 3_600_000 + 33 * 60_000)).toBe("2 h 35 min");
    expect(formatDuration(3_600_000)).toBe("1 h");
    expect(formatDuration(12 * 60_000)).toBe("10 min");
    expect(formatDuration(60_000)).toBe("under 5 min");
  });
});
