import { ENGLISH_TIME_WORDS, type TimeWords } from "./format-event-time";

/**
 * "2 hr, 15 min", "2 時間 15 分", "2 ч 15 мин": a duration rounded to five minutes (the data is
 * never more precise than that), in the reader's locale. Units through Intl.NumberFormat and joined
 * by Intl.ListFormat, which is what Intl.DurationFormat's short style gives; DurationFormat itself
 * is not in Node 20, where the panel's details are built.
 */
export function formatDuration(milliseconds: number, words: Pick<TimeWords, "intlLocale" | "under"> = ENGLISH_TIME_WORDS): string {
  const unit = (value: number, name: "hour" | "minute") => new Intl.NumberFormat(words.intlLocale, { style: "unit", unit: name, unitDisplay: "short" }).format(value);
  const minutes = Math.round(milliseconds / 300_000) * 5;
  if (minutes === 0) return words.under(unit(5, "minute"));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [...(hours > 0 ? [unit(hours, "hour")] : []), ...(rest > 0 ? [unit(rest, "minute")] : [])];
  return new Intl.ListFormat(words.intlLocale, { type: "unit", style: "short" }).format(parts);
}
