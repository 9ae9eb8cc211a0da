import { describe, expect, it } from "vitest";
import { checkVideoRequest, clockText, parseClockText, type VideoClock } from "./video-request";

// 2020-12-22, KST (UTC+9): playback 08:00 to 12:30 local.
const clock: VideoClock = { date: "2020-12-22", offsetMinutes: 540, zoneLabel: "KST", range: { start: Date.UTC(2020, 11, 21, 23, 0), end: Date.UTC(2020, 11, 22, 3, 30) } };

describe("parseClockText", () => {
  it("reads the timeline's ways of writing a time", () => {
    expect(parseClockText("08:40")).toEqual({ dayOffset: 0, minutes: 520 });
    expect(parseClockText("0840")).toEqual({ dayOffset: 0, minutes: 520 });
    expect(parseClockText(" 8:40 ")).toEqual({ dayOffset: 0, minutes: 520 });
    expect(parseClockText("02:15 +1")).toEqual({ dayOffset: 1, minutes: 135 });
  });
  it("refuses what is not a time", () => {
    for (const text of ["", "24:00", "08:60", "8", "08:40 +4", "noon", "08:40:00"]) expect(parseClockText(text)).toBeNull();
  });
});

describe("clockText", () => {
  it("marks a later local day", () => {
    expect(clockText(clock.range.start, clock)).toBe("08:00");
    expect(clockText(Date.UTC(2020, 11, 22, 17, 15), clock)).toBe("02:15 +1");
  });
  it("round-trips through parseClockText", () => {
    expect(parseClockText(clockText(Date.UTC(2020, 11, 22, 17, 15), clock))).toEqual({ dayOffset: 1, minutes: 135 });
  });
});

describe("checkVideoRequest", () => {
  it("plans the frames of a valid request", () => {
    const check = checkVideoRequest({ start: "08:40", end: "09:10", speed: 900 }, clock);
    if (!check.ok) throw new Error(check.problem.key);
    expect(check.request.start).toBe(Date.UTC(2020, 11, 21, 23, 40));
    expect(check.request.end).toBe(Date.UTC(2020, 11, 22, 0, 10));
    // 30 minutes at 900× is 2 s: 60 steps at 30 fps, after the 1 s opening hold.
    expect(check.request.times).toHaveLength(61);
    expect(check.request.durationMs).toBeCloseTo(3000);
  });
  it("names the field and says what would work", () => {
    expect(checkVideoRequest({ start: "8h40", end: "09:10", speed: 900 }, clock)).toEqual({ ok: false, field: "start", problem: { key: "videoStartFormat" } });
    expect(checkVideoRequest({ start: "07:00", end: "09:10", speed: 900 }, clock)).toEqual({ ok: false, field: "start", problem: { key: "videoStartOutside", values: { from: "08:00 KST", to: "12:30 KST" } } });
    expect(checkVideoRequest({ start: "08:40", end: "13:00", speed: 900 }, clock)).toMatchObject({ ok: false, field: "end" });
    expect(checkVideoRequest({ start: "09:00", end: "08:40", speed: 900 }, clock)).toEqual({ ok: false, field: "end", problem: { key: "videoEndBeforeStart", values: { start: "09:00 KST" } } });
    expect(checkVideoRequest({ start: "09:00", end: "0900", speed: 900 }, clock)).toMatchObject({ ok: false, field: "end" });
    expect(checkVideoRequest({ start: "08:40", end: "09:10", speed: 7 }, clock)).toMatchObject({ ok: false, field: "speed" });
  });
  it("refuses a video longer than ten minutes and suggests a faster speed", () => {
    // 4.5 hours at 10× is 27 minutes, and the opening hold.
    const check = checkVideoRequest({ start: "08:00", end: "12:30", speed: 10 }, clock);
    expect(check).toEqual({ ok: false, field: "speed", problem: { key: "videoTooLong", values: { minutes: 28, longest: 10 } } });
  });
});
