import { describe, expect, it } from "vitest";
import { timeWords } from "@/lib/i18n/time-words";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("rounds to five minutes", () => {
    expect(formatDuration(2 * 3_600_000 + 33 * 60_000)).toBe("2 hrs, 35 mins");
    expect(formatDuration(3_600_000)).toBe("1 hr");
    expect(formatDuration(12 * 60_000)).toBe("10 mins");
    expect(formatDuration(60_000)).toBe("under 5 mins");
  });

  it("writes hours and minutes in each locale's own units", () => {
    const duration = 2 * 3_600_000 + 15 * 60_000;
    expect(formatDuration(duration, timeWords("ja"))).toBe("2 時間 15 分");
    expect(formatDuration(duration, timeWords("ko"))).toBe("2시간 15분");
    expect(formatDuration(duration, timeWords("zh"))).toBe("2小时15分钟");
    expect(formatDuration(duration, timeWords("ru"))).toBe("2 ч 15 мин");
    expect(formatDuration(60_000, timeWords("ru"))).toBe("менее 5 мин");
    expect(formatDuration(60_000, timeWords("ja"))).toBe("5 分未満");
  });
});
