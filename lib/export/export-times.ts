import type { EventTime } from "@/lib/data/schema";

/**
 * The local time of a UTC instant as ISO 8601 with the event's offset ("2020-12-22T08:05+09:00"),
 * at the precision the stored UTC time has (minutes, or seconds for a derived estimate).
 */
export function localIsoTime(utc: string, offsetMinutes: number): string {
  const withSeconds = /T\d{2}:\d{2}:\d{2}/.test(utc);
  const local = new Date(Date.parse(utc) + offsetMinutes * 60_000).toISOString();
  const sign = offsetMinutes < 0 ? "-" : "+";
  const absolute = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`;
  return `${local.slice(0, withSeconds ? 19 : 16)}${offset}`;
}

/** A KML/Atom time: full seconds, as the XML Schema dateTime they use prefers. */
export function xmlDateTime(utc: string): string {
  return new Date(Date.parse(utc)).toISOString().replace(/\.000Z$/, "Z");
}

/** "est." for a derived time, "about" for an approximate one, nothing for a sourced exact one. */
export function timeQualifier(time: EventTime): string {
  return time.estimated ? "est." : time.approximate ? "about" : "";
}
