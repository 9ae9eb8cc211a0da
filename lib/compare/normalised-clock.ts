import type { Moment } from "@/lib/data/schema";

export type NormalisedMoment = { id: string; hours: number; kind: Moment["kind"]; description: string; estimated: boolean };

/**
 * An event's moments on a clock that starts at its first zone entry (or, when none is reported,
 * its first moment), so patrols of different days and time zones line up for comparison.
 */
/** What the clock's zero is: the first reported zone entry, or the first reported moment (worded by the page). */
export type ClockOrigin = "zoneEntry" | "firstMoment";

export function normalisedClock(moments: readonly Moment[]): { origin: ClockOrigin | null; moments: NormalisedMoment[] } {
  const ordered = [...moments].sort((a, b) => a.time.utc.localeCompare(b.time.utc));
  const anchor = ordered.find((moment) => moment.kind === "zone-entry") ?? ordered[0];
  if (!anchor) return { origin: null, moments: [] };
  const zero = Date.parse(anchor.time.utc);
  return {
    origin: anchor.kind === "zone-entry" ? "zoneEntry" : "firstMoment",
    moments: ordered.map((moment) => ({
      id: moment.id,
      hours: (Date.parse(moment.time.utc) - zero) / 3_600_000,
      kind: moment.kind,
      description: moment.description,
      estimated: moment.time.estimated,
    })),
  };
}
