import type { Formation } from "../../lib/data/schema";
import type { SourceRecord } from "./collect-sources";

/** The loose shape of event.json the migration reads: old and new fields side by side. */
export type Coordinates = number[];
export type TimeJson = { utc: string; approximate: boolean; estimated: boolean; asReported?: string };
export type MomentJson = {
  id: string;
  time: TimeJson;
  formations: string[];
  confidence: string;
  location?: Coordinates;
  position?: { coordinates: Coordinates; confidence: string; basis: string };
  [key: string]: unknown;
};
export type RevisionJson = { date: string; change: string; reason: string; sources: string[] };
export type EventJson = {
  id: string;
  formations: { id: string; aircraft: { role: Formation["aircraft"][number]["role"] }[] }[];
  moments: MomentJson[];
  sources: (SourceRecord | string)[];
  revisions?: RevisionJson[];
  [key: string]: unknown;
};
export type TrackJson = {
  geometry: { coordinates: Coordinates[] };
  properties: { id: string; formation: string; times: (TimeJson | null)[] };
};

/** The day this migration was written; a fixed date, so a re-run writes the same entries. */
export const MIGRATION_DATE = "2026-11-29";

/** Adds a revision unless the same change is already recorded (so re-running adds nothing). */
export function addRevision(event: EventJson, entry: { change: string; reason: string }): void {
  event.revisions ??= [];
  if (event.revisions.some((revision) => revision.change === entry.change)) return;
  event.revisions.push({ date: MIGRATION_DATE, change: entry.change, reason: entry.reason, sources: [] });
}

export const sameCoordinates = (a: Coordinates, b: Coordinates) => Math.abs(a[0]! - b[0]!) < 1e-9 && Math.abs(a[1]! - b[1]!) < 1e-9;
