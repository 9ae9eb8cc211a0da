import { formatClock } from "@/lib/time/format-clock";
import { localTimeToUtc, utcToLocalTime, type LocalTime } from "@/lib/time/local-time";
import { SPEEDS } from "@/lib/url-state/view-state";
import type { ExportMessage } from "./export-message";
import { frameTimes, MAX_VIDEO_SECONDS, VIDEO_FRAME_RATE, videoDurationMs } from "./video-frames";

/** The event's local clock and playback span, as the video form needs them. */
export type VideoClock = { date: string; offsetMinutes: number; zoneLabel: string; range: { start: number; end: number } };

/** What the reader typed and chose: times as text on the event's local clock. */
export type VideoRequestInput = { start: string; end: string; speed: number };

export type VideoRequest = { start: number; end: number; speed: number; times: number[]; durationMs: number };

/** A refused request names its field and what would work, as a message of Client.Export (the form words it). */
export type VideoRequestCheck = { ok: true; request: VideoRequest } | { ok: false; field: "start" | "end" | "speed"; problem: ExportMessage };

/**
 * "08:40", "0840" or "8:40", with "+1" (up to "+3") for the days after the event's date, as the
 * timeline writes them. Anything else is null: the form says how to write it.
 */
export function parseClockText(text: string): LocalTime | null {
  const match = /^\s*([01]?\d|2[0-3]):?([0-5]\d)\s*(?:\+\s*([1-3]))?\s*$/.exec(text);
  if (!match) return null;
  return { dayOffset: Number(match[3] ?? 0), minutes: Number(match[1]) * 60 + Number(match[2]) };
}

/** "08:40", or "02:15 +1" for a time on a later local day than the event's date. */
export function clockText(time: number, clock: Pick<VideoClock, "date" | "offsetMinutes">): string {
  const { dayOffset } = utcToLocalTime(time, clock.date, clock.offsetMinutes);
  return `${formatClock(time, clock.offsetMinutes)}${dayOffset > 0 ? ` +${dayOffset}` : ""}`;
}

/**
 * Checks a video request against the event's playback span and the listed speeds, and plans its
 * frames. Each failure names the field and says what would work, in the event's local time.
 */
export function checkVideoRequest(input: VideoRequestInput, clock: VideoClock): VideoRequestCheck {
  const { range, zoneLabel } = clock;
  const shown = (time: number) => `${clockText(time, clock)} ${zoneLabel}`;
  const startTime = parseClockText(input.start);
  if (!startTime) return { ok: false, field: "start", problem: { key: "videoStartFormat" } };
  const endTime = parseClockText(input.end);
  if (!endTime) return { ok: false, field: "end", problem: { key: "videoEndFormat" } };
  const start = localTimeToUtc(startTime, clock.date, clock.offsetMinutes);
  const end = localTimeToUtc(endTime, clock.date, clock.offsetMinutes);
  const playback = { from: shown(range.start), to: shown(range.end) };
  if (start < range.start || start > range.end) return { ok: false, field: "start", problem: { key: "videoStartOutside", values: playback } };
  if (end < range.start || end > range.end) return { ok: false, field: "end", problem: { key: "videoEndOutside", values: playback } };
  if (end <= start) return { ok: false, field: "end", problem: { key: "videoEndBeforeStart", values: { start: shown(start) } } };
  if (!(SPEEDS as readonly number[]).includes(input.speed)) return { ok: false, field: "speed", problem: { key: "videoPickSpeed" } };
  const times = frameTimes(start, end, input.speed, VIDEO_FRAME_RATE);
  const durationMs = videoDurationMs(times.length, VIDEO_FRAME_RATE);
  if (durationMs > MAX_VIDEO_SECONDS * 1000) {
    const minutes = Math.ceil(durationMs / 60_000);
    return { ok: false, field: "speed", problem: { key: "videoTooLong", values: { minutes, longest: MAX_VIDEO_SECONDS / 60 } } };
  }
  return { ok: true, request: { start, end, speed: input.speed, times, durationMs } };
}
