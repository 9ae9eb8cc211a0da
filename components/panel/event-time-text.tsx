import type { EventTime } from "@/lib/data/schema";
import { formatEventTime, type TimeWords } from "@/lib/time/format-event-time";

/** A time as the local clock with UTC beside it, qualified ("about", "est.") as the source allows. */
export function EventTimeText({ time, offsetMinutes, zoneLabel, words }: { time: EventTime; offsetMinutes: number; zoneLabel: string; words?: TimeWords }) {
  const formatted = formatEventTime(time, offsetMinutes, zoneLabel, words);
  return (
    <span className="tabular-nums">
      {formatted.qualifier && <span className={time.estimated ? "italic text-notice" : "text-muted"}>{formatted.qualifier} </span>}
      <time dateTime={time.utc} className="font-semibold text-ink">
        {formatted.local}
      </time>
      <span className="block text-xs text-faint">{formatted.utc}</span>
    </span>
  );
}
