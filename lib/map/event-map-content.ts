import type { EventBundle } from "@/lib/data/event-bundle";
import type { ZoneFile } from "@/lib/data/schema";
import { buildPlaybackModel, type PlaybackModel } from "@/lib/timeline/playback-model";
import { buildMapData, type MapData } from "./map-data";
import { buildZoneMapData } from "./zone-data";

export type ZoneMapData = ReturnType<typeof buildZoneMapData>;

/**
 * Everything one event's map draws: routes, scrambles, bases, places and moments, the zones, and
 * the timed paths of playback. Served as a static file (app/map-data) rather than inside the
 * page's payload, so that the map-start module can draw it before React hydrates and the page's
 * HTML does not carry it.
 */
export type EventMapContent = { eventId: string; data: MapData; zones: ZoneMapData; playback: PlaybackModel };

export function buildEventMapContent(bundle: EventBundle, zones: ZoneFile): EventMapContent {
  return { eventId: bundle.event.id, data: buildMapData(bundle), zones: buildZoneMapData(zones), playback: buildPlaybackModel(bundle) };
}

/** Where an event's map content is served (app/map-data/[file]/route.ts). */
export function eventMapContentPath(eventId: string): string {
  return `/map-data/${eventId}.json`;
}

const PATH_PATTERN = /^\/map-data\/([0-9a-z-]+)\.json$/;

/** The event id in a map-content path, or null when it is not one. */
export function eventIdOfMapContentPath(path: string): string | null {
  return PATH_PATTERN.exec(path)?.[1] ?? null;
}

/**
 * The file comes from this app's own build, made from data already validated with zod (scripts/
 * validate-data.ts), so the browser checks only that it is the event asked for and has its parts:
 * bundling zod into the map-start module would cost more than the file it checks.
 */
export function isEventMapContent(value: unknown, eventId: string): value is EventMapContent {
  if (typeof value !== "object" || value === null) return false;
  const content = value as Partial<Record<keyof EventMapContent, unknown>>;
  const isObject = (part: unknown) => typeof part === "object" && part !== null;
  return content.eventId === eventId && isObject(content.data) && isObject(content.zones) && isObject(content.playback);
}
