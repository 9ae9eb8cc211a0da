import type { EventTime } from "@/lib/data/schema";

/**
 * Formats a time as the sources' local clock and as UTC, never with more precision than the
 * source gave: approximate times read "about 08:00", estimated ones "est. 09:35".
 */
export function formatEventTime(time: EventTime, offsetMinutes: number, zoneLabel: string): { local: string; utc: string; qualifier: string | null } {
  const instant = new Date(time.utc);
  const local = new Date(instant.getTime() + offsetMinutes * 60_000);
  const qualifier = time.estimated ? "est." : time.approximate ? "about" : null;
  return {
    local: `${clock(local)} ${zoneLabel}`,
    utc: `${clock(instant)} UTC${dayShift(instant, local)}`,
    qualifier,
  };
}

function clock(date: Date): string {
  return `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
}

/** UTC is often the previous calendar day for morning events in East Asia: say so. */
function dayShift(utc: Date, local: Date): string {
  const difference = Math.round((Date.UTC(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()) - Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())) / 86_400_000);
  if (difference === 0) return "";
  return difference < 0 ? ` (previous day, ${utc.getUTCDate()} ${MONTHS[utc.getUTCMonth()]})` : ` (next day, ${utc.getUTCDate()} ${MONTHS[utc.getUTCMonth()]})`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
