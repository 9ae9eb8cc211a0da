"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { Map as MapLibreMap, MapGeoJSONFeature } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { useViewState } from "@/components/view-state/view-state-provider";
import { BASEMAP_REGIONS, type BasemapRegionId } from "@/lib/basemap/regions";
import type { Bounds } from "@/lib/geo/bounds-of";
import { createArrowImage } from "@/lib/map/arrow-image";
import { buildBasemapStyle } from "@/lib/map/basemap-style";
import { CUSTOM_BASEMAP_STYLE_URL } from "@/lib/map/basemap-style-url";
import { ARROW_IMAGE_ID, CLICKABLE_LAYER_IDS, LABEL_FONT, SOURCE_IDS } from "@/lib/map/ids";
import type { MapData } from "@/lib/map/map-data";
import { OVERLAY_LAYERS } from "@/lib/map/overlay-layers";
import { allEventFeatures, selectionTargets, type FeatureReference } from "@/lib/map/selection-targets";
import { supportsWebGl } from "@/lib/map/supports-webgl";
import { MAP_WORKER_PATH } from "@/lib/map/worker-url";
import { MapStatusMessage, type MapStatus } from "./map-status-message";

type Props = { data: MapData; bounds: Bounds; region: BasemapRegionId };

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
export function SortieMap({ data, bounds, region }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [status, setStatus] = useState<MapStatus>("loading");
  const { selectedId, select } = useViewState();
  const selectRef = useRef(select);
  const initial = useRef({ data, bounds, region });

  useEffect(() => {
    selectRef.current = select;
  }, [select]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let map: MapLibreMap | null = null;
    const { data: initialData, bounds: initialBounds, region: initialRegion } = initial.current;

    (async () => {
      if (!supportsWebGl()) {
        setStatus("no-webgl");
        return;
      }
      const [maplibre] = await Promise.all([import("maplibre-gl"), document.fonts.load(`12px "${LABEL_FONT}"`)]);
      if (cancelled) return;
      maplibre.setWorkerUrl(MAP_WORKER_PATH);
      const [west, south, east, north] = BASEMAP_REGIONS[initialRegion].outerBounds;
      map = new maplibre.Map({
        container,
        style: CUSTOM_BASEMAP_STYLE_URL ?? buildBasemapStyle(initialRegion),
        bounds: [
          [initialBounds[0], initialBounds[1]],
          [initialBounds[2], initialBounds[3]],
        ],
        fitBoundsOptions: { padding: framePadding(container) },
        maxBounds: CUSTOM_BASEMAP_STYLE_URL ? undefined : [
          [west, south],
          [east, north],
        ],
        attributionControl: { compact: true },
        dragRotate: false,
        pitchWithRotate: false,
      });
      map.touchZoomRotate.disableRotation();
      map.addControl(new maplibre.NavigationControl({ showCompass: false }), "top-right");
      map.addControl(new maplibre.ScaleControl({ unit: "metric" }), "bottom-right");
      map.addControl(new maplibre.ScaleControl({ unit: "nautical" }), "bottom-right");
      mapRef.current = map;
      window.__SORTIE_MAP__ = map;

      map.on("error", (event) => {
        console.error("Map error", event.error);
      });
      map.once("load", () => {
        if (!map) return;
        map.addImage(ARROW_IMAGE_ID, createArrowImage(), { sdf: true });
        for (const [key, collection] of Object.entries(initialData) as [keyof MapData, MapData[keyof MapData]][]) {
          map.addSource(SOURCE_IDS[key], { type: "geojson", data: collection, promoteId: "id" });
        }
        for (const layer of OVERLAY_LAYERS) map.addLayer(layer);
        addInteraction(map, (id) => selectRef.current(id));
        setStatus("ready");
      });
      map.on("idle", () => container.setAttribute("data-map-idle", "true"));
      map.on("movestart", () => container.removeAttribute("data-map-idle"));
    })().catch((error: unknown) => {
      console.error("Map failed to start", error);
      if (!cancelled) setStatus("error");
    });

    return () => {
      cancelled = true;
      map?.remove();
      mapRef.current = null;
      if (window.__SORTIE_MAP__ === map) delete window.__SORTIE_MAP__;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || status !== "ready") return;
    const { features, bounds: targetBounds } = selectionTargets(data, selectedId);
    const selectedKeys = new Set(features.map(featureKey));
    for (const { dimmable, ...feature } of allEventFeatures(data)) {
      const selected = selectedKeys.has(featureKey(feature));
      map.setFeatureState(feature, { selected, dimmed: dimmable && selectedId !== null && !selected });
    }
    if (targetBounds) {
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      map.fitBounds(
        [
          [targetBounds[0], targetBounds[1]],
          [targetBounds[2], targetBounds[3]],
        ],
        { padding: framePadding(map.getContainer()), maxZoom: 7, animate: !reduceMotion, duration: 800 },
      );
    }
  }, [data, selectedId, status]);

  return (
    <div className="relative h-full w-full">
      <div
        ref={containerRef}
        data-testid="map"
        // Not absolutely positioned: MapLibre's stylesheet makes its container position: relative.
        className="h-full w-full"
        role="region"
        aria-label="Map of the routes. The same information is listed in the side panel."
      />
      <MapStatusMessage status={status} />
    </div>
  );
}


function featureKey(feature: FeatureReference): string {
  return `${feature.source}/${feature.id}`;
}

/** Keeps a framed selection clear of the bottom sheet on phones. */
function framePadding(container: HTMLElement) {
  const height = container.clientHeight;
  const narrow = container.clientWidth < 768;
  // On phones the bottom sheet covers 42% of the height; keep framed routes above it. On wide
  // screens the open legend sits top left.
  return narrow ? { top: 60, bottom: Math.round(height * 0.42) + 16, left: 20, right: 20 } : { top: 40, bottom: 40, left: 270, right: 70 };
}

function addInteraction(map: MapLibreMap, select: (id: string | null) => void) {
  const layers = [...CLICKABLE_LAYER_IDS];
  let hovered: MapGeoJSONFeature | null = null;
  const clearHover = () => {
    if (hovered && hovered.source && hovered.id !== undefined) map.setFeatureState({ source: hovered.source, id: hovered.id }, { hovered: false });
    hovered = null;
  };
  map.on("mousemove", (event) => {
    const [feature] = map.queryRenderedFeatures(event.point, { layers });
    map.getCanvas().style.cursor = feature ? "pointer" : "";
    if (feature?.id === hovered?.id && feature?.source === hovered?.source) return;
    clearHover();
    if (feature && feature.id !== undefined) {
      map.setFeatureState({ source: feature.source, id: feature.id }, { hovered: true });
      hovered = feature;
    }
  });
  map.on("mouseout", clearHover);
  map.on("click", (event) => {
    const [feature] = map.queryRenderedFeatures(event.point, { layers });
    // A click on a route selects its whole formation; single legs are picked in the panel.
    const id = feature?.source === SOURCE_IDS.tracks ? feature.properties?.formation : feature?.properties?.id;
    select(typeof id === "string" ? id : null);
  });
}
