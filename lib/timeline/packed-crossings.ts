import type { EventZoneCrossing } from "@/lib/data/event-zone-crossings";

export type TimelineCrossing = Omit<EventZoneCrossing, "position">;

/**
 * A crossing as the page sends it to the timeline: [formation, zone, kind, whole seconds]. An
 * event page lists a few dozen crossings, and as objects each repeated its four key names in the
 * page's inline payload; whole seconds because the times are estimates along drawn routes.
 */
export type PackedCrossing = readonly [formation: string, zone: string, kind: TimelineCrossing["kind"], seconds: number];

export function packCrossing({ formation, zone, kind, time }: TimelineCrossing): PackedCrossing {
  return [formation, zone, kind, Math.round(time / 1000)];
}

export function unpackCrossing([formation, zone, kind, seconds]: PackedCrossing): TimelineCrossing {
  return { formation, zone, kind, time: seconds * 1000 };
}
