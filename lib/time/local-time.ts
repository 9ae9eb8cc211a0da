/** A time on the event's local clock: minutes since midnight, `dayOffset` days after the event's date. */
export type LocalTime = { dayOffset: number; minutes: number };

/** The UTC instant of a time on the event's local clock; day 0 is the event's date. */
export function localTimeToUtc(time: LocalTime, eventDate: string, offsetMinutes: number): number {
  const [year, month, day] = eventDate.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day + time.dayOffset) + (time.minutes - offsetMinutes) * 60_000;
}

/** The event-local clock time of a UTC instant, to the minute. */
export function utcToLocalTime(utc: number, eventDate: string, offsetMinutes: number): LocalTime {
  const [year, month, day] = eventDate.split("-").map(Number) as [number, number, number];
  const minutesSinceEventMidnight = Math.floor((utc - Date.UTC(year, month - 1, day)) / 60_000) + offsetMinutes;
  const dayOffset = Math.floor(minutesSinceEventMidnight / 1440);
  return { dayOffset, minutes: minutesSinceEventMidnight - dayOffset * 1440 };
}
