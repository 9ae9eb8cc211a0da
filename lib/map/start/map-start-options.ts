import { BASEMAP_REGIONS, type BasemapRegionId } from "@/lib/basemap/regions";
import type { Bounds } from "@/lib/geo/bounds-of";
import type { Camera, ViewStateKey } from "@/lib/url-state/view-state";
import { eventIdOfMapContentPath } from "../content/event-map-content";

/**
 * What a map needs to be created: the event's basemap region and framing (or a link's camera), and
 * where the event's map content is served (lib/map/content/event-map-content.ts).
 */
export type MapStartOptions = { region: BasemapRegionId; bounds: Bounds; contentPath: string; camera: Camera | null };

/**
 * The map container carries its region and framing in this attribute, so that the map-start module
 * (lib/map/start/map-start.ts) can create the map from the server's HTML before React hydrates.
 */
export const MAP_START_ATTRIBUTE = "data-map-start";

/**
 * The URL parameter that holds a linked camera (lib/url-state/view-state.ts). The map-start module
 * reads it with the URL-state module's own rule (lib/map/camera.ts), so a link with a camera
 * starts its map before hydration too.
 */
export const CAMERA_PARAMETER = "map" satisfies ViewStateKey;

export function serializeMapStart({ region, bounds, contentPath }: Omit<MapStartOptions, "camera">): string {
  return JSON.stringify({ region, bounds, contentPath });
}

/** The region, framing and content path the server wrote (the attribute's value), or null when absent or malformed. */
export function parseMapStart(text: string | null): Omit<MapStartOptions, "camera"> | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { region, bounds, contentPath } = value as { region?: unknown; bounds?: unknown; contentPath?: unknown };
  if (typeof region !== "string" || !Object.hasOwn(BASEMAP_REGIONS, region)) return null;
  if (!Array.isArray(bounds) || bounds.length !== 4 || !bounds.every((number) => typeof number === "number" && Number.isFinite(number))) return null;
  // Only this app's own content files: the attribute must not be able to point the map anywhere else.
  if (typeof contentPath !== "string" || eventIdOfMapContentPath(contentPath) === null) return null;
  return { region: region as BasemapRegionId, bounds: bounds as Bounds, contentPath };
}

/**
 * MapLibre's own words (the canvas's name, the zoom and attribution buttons) in the page's language:
 * the container carries them in this attribute for the map-start module, which has no messages.
 */
export const MAP_WORDS_ATTRIBUTE = "data-map-words";

/** The page's words for MapLibre's controls, by the name messages give them (Client.Map.controls). */
export type MapWords = { map: string; zoomIn: string; zoomOut: string; toggleAttribution: string; attribution: string };

const MAPLIBRE_KEYS: Record<Exclude<keyof MapWords, "attribution">, string> = { map: "Map.Title", zoomIn: "NavigationControl.ZoomIn", zoomOut: "NavigationControl.ZoomOut", toggleAttribution: "AttributionControl.ToggleAttribution" };

/**
 * The attribute's words: `controls` as MapLibre's `locale` option, `attribution` for the basemap's
 * credit line. Anything missing or not text keeps MapLibre's and the style's English.
 */
export function parseMapWords(text: string | null): { controls: Record<string, string>; attribution: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(text ?? "null");
  } catch {
    return { controls: {}, attribution: null };
  }
  if (typeof value !== "object" || value === null) return { controls: {}, attribution: null };
  const words = value as Partial<Record<keyof MapWords, unknown>>;
  const controls = Object.fromEntries(
    Object.entries(MAPLIBRE_KEYS).flatMap(([name, key]) => {
      const word = words[name as keyof MapWords];
      return typeof word === "string" ? [[key, word]] : [];
    }),
  );
  return { controls, attribution: typeof words.attribution === "string" ? words.attribution : null };
}
