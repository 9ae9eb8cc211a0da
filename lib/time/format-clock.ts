/** "08:05" for a time in milliseconds at a given offset from UTC. */
export function formatClock(time: number, offsetMinutes = 0): string {
  const shifted = new Date(time + offsetMinutes * 60_000);
  return `${String(shifted.getUTCHours()).padStart(2, "0")}:${String(shifted.getUTCMinutes()).padStart(2, "0")}`;
}

/** "22 Dec" ("12月22日" in ja-JP) for a time in milliseconds at a given offset from UTC. */
export function formatDay(time: number, offsetMinutes = 0, intlLocale = "en-GB"): string {
  return new Date(time + offsetMinutes * 60_000).toLocaleDateString(intlLocale, { day: "numeric", month: "short", timeZone: "UTC" });
}

/** Estimated times are shown to the nearest five minutes: finer would claim precision we lack. */
export function roundToFiveMinutes(time: number): number {
  return Math.round(time / 300_000) * 300_000;
}
