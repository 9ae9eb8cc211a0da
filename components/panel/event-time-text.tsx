import type { EventTime } from "@/lib/data/schema";
import { formatEventTime } from "@/lib/time/format-event-time";

/** A time as the local clock with UTC beside it, qualified ("about", "est.") as the source allows. */
export function EventTimeText({ time, offsetMinutes, zoneLabel }: { time: EventTime; offsetMinutes: number; zoneLabel: string }) {
  const formatted = formatEventTime(time, offsetMinutes, zoneLabel);
  return (
    <span className="tabular-nums">
      {formatted.qualifier && <span className={time.estimated ? "italic text-amber-800" : "text-slate-600"}>{formatted.qualifier} </span>}
      <time dateTime={time.utc} className="font-semibold text-slate-900">
        {formatted.local}
      </time>
      <span className="block text-xs text-slate-500">{formatted.utc}</span>
    </span>
  );
}
