import { formatClock } from "@/lib/time/format-clock";
import { utcToLocalTime } from "@/lib/time/local-time";

/** What an exported image says about the view, as plain values (no DOM), so it is tested here. */
export type ImageFacts = {
  eventId: string;
  /** The patrol's date, YYYY-MM-DD. */
  date: string;
  offsetMinutes: number;
  /** The local zone as the timeline names it, e.g. "KST/JST". */
  zoneLabel: string;
  /** The clock's time, or null for the whole day. */
  time: number | null;
};

/** The zone's first name, safe in a file name: "KST/JST" → "KST". */
function fileZone(zoneLabel: string): string {
  return (zoneLabel.split("/")[0] ?? "").replace(/[^A-Za-z0-9+-]/g, "") || "local";
}

/**
 * `sortie-2020-12-22-0840KST.png`: the patrol's date and the clock's local time, so two exports of
 * one patrol at different times do not overwrite each other. The date is the local day of the
 * time (a patrol that runs past midnight gets the next day's date), and "whole-day" without one.
 */
export function imageFileName(facts: ImageFacts, scale: number): string {
  const suffix = scale === 1 ? "" : `@${scale}x`;
  if (facts.time === null) return `sortie-${facts.date}-whole-day${suffix}.png`;
  return `sortie-${localDate(facts, facts.time)}-${localStamp(facts, facts.time)}${suffix}.png`;
}

/**
 * `sortie-2020-12-22-0840KST-1200KST.webm`: the span's local start and end. The end's date is
 * written too when it falls on another local day, so the name never hides a midnight.
 */
export function videoFileName(facts: Omit<ImageFacts, "time">, start: number, end: number): string {
  const startDate = localDate(facts, start);
  const endDate = localDate(facts, end);
  const endPart = endDate === startDate ? localStamp(facts, end) : `${endDate}-${localStamp(facts, end)}`;
  return `sortie-${startDate}-${localStamp(facts, start)}-${endPart}.webm`;
}

/** The local calendar day of `time`, YYYY-MM-DD. */
function localDate({ date, offsetMinutes }: Omit<ImageFacts, "time">, time: number): string {
  const local = utcToLocalTime(time, date, offsetMinutes);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + local.dayOffset)).toISOString().slice(0, 10);
}

/** "0840KST": the local clock time and the zone's short name. */
function localStamp({ offsetMinutes, zoneLabel }: Omit<ImageFacts, "time">, time: number): string {
  return `${formatClock(time, offsetMinutes).replace(":", "")}${fileZone(zoneLabel)}`;
}

/** The image's words in the reader's language (messages: Client.Export.image*); English by default. */
export type ImageWords = {
  wholeDay: string;
  positionsEstimated: string;
  sources: (list: string) => string;
  noneCited: string;
  andMore: (list: string, count: number) => string;
  countOnly: (count: number) => string;
};

export const ENGLISH_IMAGE_WORDS: ImageWords = {
  wholeDay: "Whole day: every route as reported",
  positionsEstimated: " · positions est. between reported times",
  sources: (list) => `Sources: ${list}`,
  noneCited: "Sources: none cited",
  andMore: (list, count) => `Sources: ${list} and ${count} more`,
  countOnly: (count) => `Sources: ${count} (listed at the link)`,
};

/**
 * The clock line: the local time with UTC beside it. Positions at a chosen time are interpolated
 * between reported ones, so the line says they are estimated unless the time is a reported moment.
 */
export function clockLine({ offsetMinutes, zoneLabel, time }: ImageFacts, reportedTimes: readonly number[], words: ImageWords = ENGLISH_IMAGE_WORDS): string {
  if (time === null) return words.wholeDay;
  const estimated = !reportedTimes.includes(time);
  return `${formatClock(time, offsetMinutes)} ${zoneLabel} (${formatClock(time)} UTC)${estimated ? words.positionsEstimated : ""}`;
}

/**
 * "Sources: A, B, C and 4 more": publisher names once each, in order, cut to fit `maxCharacters`
 * so the footer stays on its line; the count says what was left out rather than hiding it.
 */
export function sourcesLine(publishers: readonly string[], maxCharacters: number, words: ImageWords = ENGLISH_IMAGE_WORDS): string {
  const names = [...new Set(publishers.map((name) => name.trim()).filter((name) => name.length > 0))];
  if (names.length === 0) return words.noneCited;
  const full = words.sources(names.join(", "));
  if (full.length <= maxCharacters) return full;
  for (let kept = names.length - 1; kept >= 1; kept -= 1) {
    const line = words.andMore(names.slice(0, kept).join(", "), names.length - kept);
    if (line.length <= maxCharacters) return line;
  }
  return words.countOnly(names.length);
}

/** The footer's two lines: the view's link, which reproduces it, and its sources. */
export function footerLines(url: string, publishers: readonly string[], maxCharacters: number, words: ImageWords = ENGLISH_IMAGE_WORDS): [string, string] {
  const link = url.length <= maxCharacters ? url : `${url.slice(0, Math.max(0, maxCharacters - 1))}…`;
  return [link, sourcesLine(publishers, maxCharacters, words)];
}
