import type { Map as MapLibreMap } from "maplibre-gl";
import { bbox } from "@turf/bbox";
import { ownEntry } from "@/lib/data/own-entry";
import { sameCamera } from "@/lib/url-state/camera";
import { cameraOf } from "./settled-camera";
import type { EventMapContent } from "../content/event-map-content";
import { allEventFeatures, type FeatureReference } from "../content/event-features";
import { GLOBAL_STATE, SOURCE_IDS } from "../ids";
import { IMPORTED_LAYERS } from "../style/imported-layers";
import { LAYER_GROUP_LAYERS } from "../style/layer-groups";
import { applyBasemapTheme } from "../style/apply-basemap-theme";
import type { LayerGroup, MapView } from "./map-view";

/** The part of MapLibre's map that sync uses: a test hands it a fake that records the calls. */
export type MapSurface = Pick<
  MapLibreMap,
  | "getLayer"
  | "getLayoutProperty"
  | "setLayoutProperty"
  | "setPaintProperty"
  | "getFeatureState"
  | "setFeatureState"
  | "fitBounds"
  | "jumpTo"
  | "getZoom"
  | "getCenter"
  | "getBearing"
  | "getPitch"
  | "setGlobalStateProperty"
  | "addSource"
  | "getSource"
  | "removeSource"
  | "addLayer"
  | "removeLayer"
>;

/** The playback layers (lib/map/layers): one number each per change of the clock. */
export type PlaybackSurface = { trail: { setElapsed: (seconds: number | null) => void }; aircraft: { setElapsed: (seconds: number | null) => void } };

export type SyncTarget = {
  map: MapSurface;
  content: EventMapContent;
  layers: PlaybackSurface;
  /** A custom basemap style keeps its own colours. */
  customStyle: boolean;
  reduceMotion: () => boolean;
  padding: () => { top: number; right: number; bottom: number; left: number };
};

/**
 * Applies a change of the map's view, idempotently: each part is compared with the previous
 * view and only what changed is set; `previous` null applies everything (the map as drawn).
 */
export function syncMap(target: SyncTarget, previous: MapView | null, next: MapView): void {
  const { map, content } = target;
  if (!target.customStyle && next.theme !== previous?.theme) applyBasemapTheme(map, next.theme);
  if (next.hiddenGroups !== previous?.hiddenGroups) syncVisibility(map, next.hiddenGroups);
  if (next.selection !== previous?.selection) syncSelection(target, next.selection);
  if (next.hovered !== previous?.hovered) syncHover(map, content, previous?.hovered ?? [], next.hovered);
  if (next.time !== previous?.time) syncClock(target, previous?.time, next.time);
  if (next.imported !== previous?.imported) syncImported(target, previous?.imported ?? null, next.imported);
  if (next.camera !== previous?.camera) syncCamera(map, next.camera);
}

function syncVisibility(map: MapSurface, hidden: readonly LayerGroup[]): void {
  for (const [group, layers] of Object.entries(LAYER_GROUP_LAYERS) as [LayerGroup, string[]][]) {
    const visibility = hidden.includes(group) ? "none" : "visible";
    for (const layer of layers) {
      // Unset means visible. Setting it anyway is not free: MapLibre re-tiles the layer's source
      // on any layout change, which on the first render meant every overlay source twice.
      if (!map.getLayer(layer) || (map.getLayoutProperty(layer, "visibility") ?? "visible") === visibility) continue;
      map.setLayoutProperty(layer, "visibility", visibility);
    }
  }
}

function syncSelection(target: SyncTarget, selection: MapView["selection"]): void {
  const { map, content } = target;
  // What the selection lights up and frames, read from the event index (lib/data/event-index.ts).
  const item = ownEntry(content.index.items, selection.id);
  const selectedKeys = new Set((item?.features ?? []).map(featureKey));
  for (const { dimmable, ...feature } of allEventFeatures(content.data)) {
    const selected = selectedKeys.has(featureKey(feature));
    const dimmed = dimmable && selection.id !== null && !selected;
    // Unset reads as false in the layers' expressions: leave features that stay unselected alone,
    // so the first sync does not restate every feature of every source.
    const current = map.getFeatureState(feature);
    if (Boolean(current.selected) === selected && Boolean(current.dimmed) === dimmed) continue;
    map.setFeatureState(feature, { selected, dimmed });
  }
  // Framed only when the reader made the selection; a link's selection keeps the link's camera.
  const bounds = item?.bounds;
  if (bounds && selection.frame) {
    map.fitBounds(
      [
        [bounds[0], bounds[1]],
        [bounds[2], bounds[3]],
      ],
      { padding: target.padding(), maxZoom: 6.5, animate: !target.reduceMotion(), duration: 800 },
    );
  }
}

function syncHover(map: MapSurface, content: EventMapContent, previous: readonly string[], next: readonly string[]): void {
  // What the pointer or keyboard focus rests on in any view, and the routes of the formations it involves.
  const features = (ids: readonly string[]) => ids.flatMap((id) => ownEntry(content.index.items, id)?.features ?? []);
  const lit = new Set(features(next).map(featureKey));
  for (const feature of features(previous)) if (!lit.has(featureKey(feature))) map.setFeatureState(feature, { hovered: false });
  for (const feature of features(next)) map.setFeatureState(feature, { hovered: true });
}

/** Per change of the clock the trail and aircraft layers get one number each: nothing is re-uploaded. */
function syncClock({ map, content, layers }: SyncTarget, previous: number | null | undefined, time: number | null): void {
  const active = time !== null;
  if (previous === undefined || (previous !== null) !== active) map.setGlobalStateProperty(GLOBAL_STATE.timeMode, active);
  const elapsed = time === null ? null : (time - content.playback.start) / 1000;
  layers.trail.setElapsed(elapsed);
  layers.aircraft.setElapsed(elapsed);
}

function syncImported(target: SyncTarget, previous: MapView["imported"], next: MapView["imported"]): void {
  const { map } = target;
  if (previous) {
    for (const layer of IMPORTED_LAYERS) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    if (map.getSource(SOURCE_IDS.imported)) map.removeSource(SOURCE_IDS.imported);
  }
  if (!next) return;
  map.addSource(SOURCE_IDS.imported, { type: "geojson", data: next.collection });
  for (const layer of IMPORTED_LAYERS) map.addLayer(layer);
  const [west, south, east, north] = bbox(next.collection);
  // The import check leaves out empty geometries; this guard keeps an empty extent (±Infinity,
  // which makes fitBounds throw) from ever reaching the camera.
  if (![west, south, east, north].every(Number.isFinite)) return;
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding: target.padding(), maxZoom: 8, animate: !target.reduceMotion() },
  );
}

/** A camera from a link (or Back/Forward) is applied; the reader's own moves are already on the map. */
function syncCamera(map: MapSurface, camera: MapView["camera"]): void {
  const next = camera.value;
  if (camera.origin !== "url" || !next) return;
  if (sameCamera(cameraOf(map), next)) return;
  map.jumpTo({ center: [next.longitude, next.latitude], zoom: next.zoom, bearing: next.bearing, pitch: next.pitch });
}

function featureKey(feature: FeatureReference): string {
  return `${feature.source}/${feature.id}`;
}
