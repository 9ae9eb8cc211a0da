import type { EventBundle } from "@/lib/data/event-bundle";
import { eventIndexOf, type EventIndex } from "@/lib/data/event-index";
import type { ZoneFile } from "@/lib/data/schema";
import type { PlaybackModel } from "@/lib/data/playback-model";
import { buildMapData, type MapData } from "./map-data";
import { buildZoneMapData } from "./zone-data";

export type ZoneMapData = ReturnType<typeof buildZoneMapData>;

/** The map's part of the event index (lib/data/event-index.ts): each item's relations and the zone names. */
export type MapIndex = Pick<EventIndex, "items" | "zones">;

/**
 * Everything one event's map draws: routes, scrambles, bases, places and moments, the zones, the
 * timed paths of playback, and the index's relations (what selecting an item lights up and
 * frames). Served as a static file (app/map-data) rather than inside the page's payload, so that
 * the map-start module can draw it before React hydrates and the page's HTML does not carry it.
 * The panel's part of the index (its display strings) is in the page instead: the panel must work
 * when this file does not load.
 */
export type EventMapContent = { eventId: string; data: MapData; zones: ZoneMapData; playback: PlaybackModel; index: MapIndex };

export function buildEventMapContent(bundle: EventBundle, zones: ZoneFile, index: EventIndex = eventIndexOf(bundle, zones)): EventMapContent {
  return {
    eventId: bundle.event.id,
    data: buildMapData(bundle),
    zones: buildZoneMapData(zones),
    playback: index.playback,
    index: { items: index.items, zones: index.zones },
  };
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
  return content.eventId === eventId && isObject(content.data) && isObject(content.zones) && isObject(content.playback) && isObject(content.index);
}
