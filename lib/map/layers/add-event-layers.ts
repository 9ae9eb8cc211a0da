import type { Map as MapLibreMap } from "maplibre-gl";
import { AircraftLayer } from "./aircraft-layer";
import { buildAircraftPaths } from "./aircraft-paths";
import { createArrowImage } from "../style/arrow-image";
import type { EventMapContent } from "../content/event-map-content";
import { ARROW_IMAGE_ID, GLOBAL_STATE, LAYER_IDS, SOURCE_IDS } from "../ids";
import type { MapData } from "../content/map-data";
import { OVERLAY_LAYERS } from "../style/overlay-layers";
import { buildTrailInstances } from "./trail-instances";
import { TrailLayer } from "./trail-layer";

export type PlaybackLayers = { trail: TrailLayer; aircraft: AircraftLayer };

/**
 * Adds one event's sources and layers to a loaded map: the overlay layers of lib/map/style/overlay-layers.ts
 * and the two WebGL layers of playback. The map-start module calls it as soon as both the style and
 * the event's content are there; the benchmark's bare reference page calls it too, so both draw the same.
 */
export function addEventLayers(map: MapLibreMap, { data, zones, playback }: EventMapContent): PlaybackLayers {
  map.addImage(ARROW_IMAGE_ID, createArrowImage(), { sdf: true });
  for (const [key, collection] of Object.entries(data) as [keyof MapData, MapData[keyof MapData]][]) {
    map.addSource(SOURCE_IDS[key], { type: "geojson", data: collection, promoteId: "id" });
  }
  map.addSource(SOURCE_IDS.zones, { type: "geojson", data: zones.zones });
  map.addSource(SOURCE_IDS.zoneEdges, { type: "geojson", data: zones.zoneEdges });
  map.setGlobalStateProperty(GLOBAL_STATE.timeMode, false);
  // The page's language, from <html lang> ("zh-Hans" → "zh"), for the labels' names.
  map.setGlobalStateProperty(GLOBAL_STATE.locale, typeof document === "undefined" ? "en" : document.documentElement.lang.split("-")[0] || "en");
  for (const layer of OVERLAY_LAYERS) map.addLayer(layer);
  const trail = new TrailLayer(buildTrailInstances(playback));
  map.addLayer(trail, LAYER_IDS.trackHitArea);
  // Where the aircraft's symbol layer sat: above routes and moments, below bases and labels.
  const aircraft = new AircraftLayer(buildAircraftPaths(playback));
  map.addLayer(aircraft, LAYER_IDS.basePoints);
  return { trail, aircraft };
}
