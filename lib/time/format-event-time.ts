import type { EventTime } from "@/lib/data/schema";

/** The words around a time, in the reader's language (messages/<locale>.json, Time). English by default. */
export type TimeWords = {
  /** The Intl locale for day and month names ("en-GB", "ja-JP" ...). */
  intlLocale: string;
  about: string;
  estimated: string;
  /** "(previous day, {day})" with {day} a short date such as "21 Dec". */
  previousDay: (day: string) => string;
  nextDay: (day: string) => string;
  /** "under 5 min", for a duration shorter than the data can tell apart. */
  under: (duration: string) => string;
};

export const ENGLISH_TIME_WORDS: TimeWords = {
  intlLocale: "en-GB",
  about: "about",
  estimated: "est.",
  previousDay: (day) => ` (previous day, ${day})`,
  nextDay: (day) => ` (next day, ${day})`,
  under: (duration) => `under ${duration}`,
};

/**
 * Formats a time as the sources' local clock and as UTC, never with more precision than the
 * source gave: approximate times read "about 08:00", estimated ones "est. 09:35".
 */
export function formatEventTime(time: EventTime, offsetMinutes: number, zoneLabel: string, words: TimeWords = ENGLISH_TIME_WORDS): { local: string; utc: string; qualifier: string | null } {
  const instant = new Date(time.utc);
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  const qualifier = time.estimated ? words.estimated : time.approximate ? words.about : null;
  return {
    local: `${clock(local)} ${zoneLabel}`,
    utc: `${clock(instant)} UTC${dayShift(instant, local, words)}`,
    qualifier,
  };
}

function clock(date: Date): string {
  return `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
}

/** UTC is often the previous calendar day for morning events in East Asia: say so. */
function dayShift(utc: Date, local: Date, words: TimeWords): string {
  const difference = Math.round((Date.UTC(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()) - Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())) / 86_400_000);
  if (difference === 0) return "";
  const day = shortDay(utc, words.intlLocale);
  return difference < 0 ? words.previousDay(day) : words.nextDay(day);
}

/** "21 Dec", "12月21日", "21 дек.": a day and month through Intl, in the reader's locale. */
export function shortDay(date: Date, intlLocale: string): string {
  return new Intl.DateTimeFormat(intlLocale, { day: "numeric", month: "short", timeZone: "UTC" }).format(date);
}
