"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { ErrorEvent, Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { useLinkedFormations } from "@/components/view-state/linked-formations";
import { useViewState } from "@/components/view-state/view-state-provider";
import type { BasemapRegionId } from "@/lib/basemap/regions";
import type { Bounds } from "@/lib/geo/bounds-of";
import { usePlaybackStore } from "@/components/timeline/playback-provider";
import { useTheme } from "@/components/theme/use-theme";
import { applyBasemapTheme } from "@/lib/map/apply-basemap-theme";
import { CUSTOM_BASEMAP_STYLE_URL } from "@/lib/map/basemap-style-url";
import { GLOBAL_STATE, SOURCE_IDS } from "@/lib/map/ids";
import type { PlaybackLayers } from "@/lib/map/add-event-layers";
import type { EventMapContent } from "@/lib/map/event-map-content";
import { containerPadding } from "@/lib/map/frame-padding";
import { MAP_START_ATTRIBUTE, serializeMapStart } from "@/lib/map/map-start-options";
import { pickAircraft } from "@/lib/map/pick-aircraft";
import type { PlaybackModel } from "@/lib/timeline/playback-model";
import type { PlaybackStore } from "@/lib/timeline/playback-store";
import { allEventFeatures, selectionTargets, type FeatureReference } from "@/lib/map/selection-targets";
import { loadMapStart } from "@/lib/map/load-map-start";
import { LAYER_GROUP_LAYERS } from "@/lib/map/layer-groups";
import { IMPORTED_LAYERS } from "@/lib/map/imported-layers";
import { bbox } from "@turf/bbox";
import { roundCamera, type LayerGroup } from "@/lib/url-state/view-state";
import { addInteraction } from "./map-interaction";
import { MapStatusMessage, type MapStatus } from "./map-status-message";

/** The event's region and framing, and where its map content is served (lib/map/event-map-content.ts). */
type Props = { bounds: Bounds; region: BasemapRegionId; contentPath: string };

declare global {
  interface Window {
    /** The live map, for end-to-end tests and the benchmark harness only. */
    __SORTIE_MAP__?: MapLibreMap;
  }
}

/**
 * The one component that owns the MapLibre map. The map is created once, after maplibre-gl has
 * been loaded lazily, and removed on unmount; selection reaches it through effects, never by
 * rebuilding it.
 */
export function SortieMap({ bounds, region, contentPath }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const playbackLayersRef = useRef<PlaybackLayers | null>(null);
  const [status, setStatus] = useState<MapStatus>("loading");
  // What the map draws, as the map-start module fetched it: set together with status "ready".
  const [content, setContent] = useState<EventMapContent | null>(null);
  const [missingBasemap, setMissingBasemap] = useState<string[]>([]);
  const { selectedId, select, hoveredId, hover, hiddenLayers, camera, takeFrameRequest, imported } = useViewState();
  const hoveredFormations = useLinkedFormations().hovered;
  const selectRef = useRef(select);
  const hoverRef = useRef(hover);
  const playbackStore = usePlaybackStore();
  const initial = useRef({ bounds, region, contentPath, camera, playbackStore });
  const theme = useTheme();

  useEffect(() => {
    selectRef.current = select;
    hoverRef.current = hover;
  }, [select, hover]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let map: MapLibreMap | null = null;
    let unsubscribeCamera: (() => void) | null = null;
    const { bounds: initialBounds, region: initialRegion, contentPath: initialContentPath, camera: cameraStore, playbackStore: initialPlaybackStore } = initial.current;

    (async () => {
      const { takeMap } = await loadMapStart();
      if (cancelled) return;
      // Usually the map the page started before hydration (lib/map/map-start.ts); a link with its
      // own camera, or a page reached by client-side navigation, starts one now.
      const start = await takeMap(container, { region: initialRegion, bounds: initialBounds, contentPath: initialContentPath, camera: cameraStore.get().camera });
      if (start.status === "no-webgl") {
        if (!cancelled) setStatus("no-webgl");
        return;
      }
      map = start.map;
      if (cancelled) {
        map.remove();
        return;
      }
      mapRef.current = map;
      window.__SORTIE_MAP__ = map;

      const onError = (event: ErrorEvent) => {
        console.error("Map error", event.error);
        // A basemap file that is missing or broken loses that layer only; say which.
        const sourceId = "sourceId" in event && typeof event.sourceId === "string" ? event.sourceId : undefined;
        if (sourceId && BASEMAP_SOURCE_IDS.has(sourceId)) {
          setMissingBasemap((current) => (current.includes(sourceId) ? current : [...current, sourceId]));
        }
      };
      // What happened before the app took the map over, then everything after.
      const before = start.handOver();
      for (const error of before.errors) onError(error);
      map.on("error", onError);
      let applyingLinkedCamera = false;
      map.on("moveend", () => {
        // Every move goes into the link except the ones the link itself caused.
        if (!map || applyingLinkedCamera) return;
        const center = map.getCenter();
        cameraStore.set(roundCamera({ zoom: map.getZoom(), latitude: center.lat, longitude: center.lng, bearing: map.getBearing(), pitch: map.getPitch() }), "map");
      });
      const applyLinkedCamera = () => {
        const { camera: next, origin } = cameraStore.get();
        if (!map || origin !== "url" || !next) return;
        // jumpTo fires its move events synchronously, inside this flag.
        applyingLinkedCamera = true;
        map.jumpTo({ center: [next.longitude, next.latitude], zoom: next.zoom, bearing: next.bearing, pitch: next.pitch });
        applyingLinkedCamera = false;
      };
      unsubscribeCamera = cameraStore.subscribe(applyLinkedCamera);
      // The link may have reached the store after the map was created with what it held then.
      applyLinkedCamera();
      // The map-start module adds the event to the map once the style and the content are there,
      // usually before hydration; the app then links it to the panel, the timeline and the URL.
      const drawn = await start.drawn;
      if (cancelled) return;
      playbackLayersRef.current = drawn.layers;
      const { playback } = drawn.content;
      addInteraction(
        map,
        (point) => aircraftAtPoint(map!, playback, initialPlaybackStore, point),
        (id) => selectRef.current(id),
        (id) => hoverRef.current(id),
      );
      setContent(drawn.content);
      setStatus("ready");
    })().catch((error: unknown) => {
      console.error("Map failed to start", error);
      if (!cancelled) setStatus("error");
    });

    return () => {
      cancelled = true;
      unsubscribeCamera?.();
      map?.remove();
      mapRef.current = null;
      playbackLayersRef.current = null;
      if (window.__SORTIE_MAP__ === map) delete window.__SORTIE_MAP__;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || status !== "ready" || !content) return;
    const { features, bounds: targetBounds } = selectionTargets(content.data, selectedId);
    const selectedKeys = new Set(features.map(featureKey));
    for (const { dimmable, ...feature } of allEventFeatures(content.data)) {
      const selected = selectedKeys.has(featureKey(feature));
      const dimmed = dimmable && selectedId !== null && !selected;
      // Unset reads as false in the layers' expressions: leave features that stay unselected alone,
      // so the first render does not restate every feature of every source.
      const current = map.getFeatureState(feature);
      if (Boolean(current.selected) === selected && Boolean(current.dimmed) === dimmed) continue;
      map.setFeatureState(feature, { selected, dimmed });
    }
    if (targetBounds && takeFrameRequest()) {
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      map.fitBounds(
        [
          [targetBounds[0], targetBounds[1]],
          [targetBounds[2], targetBounds[3]],
        ],
        { padding: containerPadding(map.getContainer()), maxZoom: 6.5, animate: !reduceMotion, duration: 800 },
      );
    }
  }, [content, selectedId, status, takeFrameRequest]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || status !== "ready") return;
    for (const [group, layers] of Object.entries(LAYER_GROUP_LAYERS) as [LayerGroup, string[]][]) {
      const visibility = hiddenLayers.includes(group) ? "none" : "visible";
      for (const layer of layers) {
        // Unset means visible. Setting it anyway is not free: MapLibre re-tiles the layer's source
        // on any layout change, which on the first render meant every overlay source twice.
        if (!map.getLayer(layer) || (map.getLayoutProperty(layer, "visibility") ?? "visible") === visibility) continue;
        map.setLayoutProperty(layer, "visibility", visibility);
      }
    }
  }, [hiddenLayers, status]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || status !== "ready" || !content || hoveredId === null) return;
    // Highlight on the map what the pointer or keyboard focus rests on in the panel or timeline;
    // a moment lights up the routes of the formations it involves as well as its own marker.
    const features = [...new Set([hoveredId, ...hoveredFormations])].flatMap((id) => selectionTargets(content.data, id).features);
    for (const feature of features) map.setFeatureState(feature, { hovered: true });
    return () => {
      for (const feature of features) map.setFeatureState(feature, { hovered: false });
    };
  }, [content, hoveredId, hoveredFormations, status]);

  useEffect(() => {
    const map = mapRef.current;
    // A custom basemap style keeps its own colours.
    if (!map || status !== "ready" || CUSTOM_BASEMAP_STYLE_URL) return;
    applyBasemapTheme(map, theme);
  }, [theme, status]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || status !== "ready" || !imported) return;
    map.addSource(SOURCE_IDS.imported, { type: "geojson", data: imported.collection });
    for (const layer of IMPORTED_LAYERS) map.addLayer(layer);
    const [west, south, east, north] = bbox(imported.collection);
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    // The import check leaves out empty geometries; this guard keeps an empty extent (±Infinity,
    // which makes fitBounds throw) from ever reaching the camera.
    if ([west, south, east, north].every(Number.isFinite)) map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: containerPadding(map.getContainer()), maxZoom: 8, animate: !reduceMotion },
    );
    return () => {
      for (const layer of IMPORTED_LAYERS) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(SOURCE_IDS.imported)) map.removeSource(SOURCE_IDS.imported);
    };
  }, [imported, status]);

  useEffect(() => {
    const map = mapRef.current;
    const layers = playbackLayersRef.current;
    if (!map || !layers || status !== "ready" || !content) return;
    return followPlayback(map, layers, content.playback, playbackStore);
  }, [content, playbackStore, status]);

  return (
    <div className="relative h-full w-full">
      <div
        ref={containerRef}
        data-testid="map"
        {...{ [MAP_START_ATTRIBUTE]: serializeMapStart({ region, bounds, contentPath }) }}
        // MapLibre fills this element and adds its classes, possibly before hydration (map-start.ts):
        // React is told to leave its content alone and not to report the extra class.
        dangerouslySetInnerHTML={{ __html: "" }}
        suppressHydrationWarning
        // Not absolutely positioned: MapLibre's stylesheet makes its container position: relative.
        // A peer: the loading cover after it hides once the map-start module has drawn the event.
        className="peer h-full w-full"
        role="region"
        aria-label="Map of the routes. The same information is listed in the side panel."
      />
      <MapStatusMessage status={status} />
      {missingBasemap.length > 0 && status === "ready" && (
        <p role="status" data-testid="map-notice" className="absolute bottom-44 left-1/2 z-10 -translate-x-1/2 rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 shadow md:bottom-48">
          Part of the basemap could not be loaded ({missingBasemap.join(", ")}); the routes are still drawn.
        </p>
      )}
    </div>
  );
}


/**
 * Keeps the map in step with the playback clock. Per change it hands the trail and aircraft layers
 * one number each: nothing is re-uploaded, so a frame costs the same whatever the number of aircraft.
 */
function followPlayback(map: MapLibreMap, layers: PlaybackLayers, model: PlaybackModel, store: PlaybackStore): () => void {
  let timeMode: boolean | null = null;
  const update = () => {
    const { time } = store.getState();
    const active = time !== null;
    if (active !== timeMode) {
      timeMode = active;
      map.setGlobalStateProperty(GLOBAL_STATE.timeMode, active);
    }
    const elapsed = time === null ? null : (time - model.start) / 1000;
    layers.trail.setElapsed(elapsed);
    layers.aircraft.setElapsed(elapsed);
  };
  update();
  return store.subscribe(update);
}

/** The formation whose aircraft is under `point`, worked out on pointer events only. */
function aircraftAtPoint(map: MapLibreMap, model: PlaybackModel, store: PlaybackStore, point: { x: number; y: number }): string | null {
  const { time } = store.getState();
  if (time === null) return null;
  const centre = map.getCenter().lng;
  // Routes unwrapped over the antimeridian: project onto the world copy nearest the camera, as drawn.
  return pickAircraft(model, time, point, ([longitude, latitude]) => map.project([longitude + 360 * Math.round((centre - longitude) / 360), latitude]));
}

const BASEMAP_SOURCE_IDS = new Set<string>([
  SOURCE_IDS.land,
  SOURCE_IDS.coastline,
  SOURCE_IDS.borders,
  SOURCE_IDS.outerLand,
  SOURCE_IDS.outerCoastline,
  SOURCE_IDS.outerBorders,
  SOURCE_IDS.graticule,
]);

function featureKey(feature: FeatureReference): string {
  return `${feature.source}/${feature.id}`;
}
