"use client";

import { useTranslations } from "next-intl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useViewStoreApi } from "@/components/view-state/view-store-provider";
import type { BasemapRegionId } from "@/lib/basemap/regions";
import type { Bounds } from "@/lib/geo/bounds-of";
import type { MapController, MapControllerState } from "@/lib/map/controller/map-controller";
import { browserThemeStore } from "@/lib/theme/theme-store";
import { mapViewOf, type MapView } from "@/lib/map/controller/map-view";
import { MAP_START_ATTRIBUTE, serializeMapStart } from "@/lib/map/start/map-start-options";
import { loadMapStart } from "@/lib/map/start/load-map-start";
import { MapStatusMessage, type MapStatus } from "./map-status-message";
import { publishMapController } from "./current-map-controller";

/** The event's region and framing, and where its map content is served (lib/map/content/event-map-content.ts). */
type Props = { bounds: Bounds; region: BasemapRegionId; contentPath: string };

declare global {
  interface Window {
    /** The live map, for the end-to-end tests only: set in test builds (see TEST_BUILD below). */
    __SORTIE_MAP__?: MapLibreMap;
  }
}

/**
 * True only in builds made for the end-to-end tests: `npm test` and `npm run build:test` build with
 * NEXT_PUBLIC_SORTIE_TEST=1. Read here, not from a shared module, because Next.js inlines the value
 * where it is read and only then can the minifier drop the hook from a production build; a query
 * flag would ship the hook to every reader and let any link switch it on.
 */
const TEST_BUILD = process.env.NEXT_PUBLIC_SORTIE_TEST === "1";

const LOADING: MapControllerState = { status: "loading", missingBasemap: [] };
const NO_CONTROLLER = { subscribe: () => () => undefined, getState: () => LOADING };

/**
 * Mounts the page's map controller (lib/map/controller): takes the one the map-start module
 * created from the server's HTML (or starts one after a client-side navigation), connects it to
 * the view store and keeps it in step with the store and the theme. The controller owns the map;
 * this component renders its container and status.
 */
export function SortieMap({ bounds, region, contentPath }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const [startStatus, setStartStatus] = useState<"starting" | "no-webgl" | "error" | "taken">("starting");
  const store = useViewStoreApi();
  const initial = useRef({ bounds, region, contentPath, store });
  const source = controller ?? NO_CONTROLLER;
  const mapState = useSyncExternalStore(source.subscribe, source.getState, () => LOADING);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let taken: MapController | null = null;
    const { bounds: initialBounds, region: initialRegion, contentPath: initialContentPath, store: viewStore } = initial.current;
    (async () => {
      const { takeMap } = await loadMapStart();
      if (cancelled) return;
      const start = await takeMap(container, { region: initialRegion, bounds: initialBounds, contentPath: initialContentPath, camera: viewStore.getState().camera.value });
      if (start.status === "no-webgl") {
        if (!cancelled) setStartStatus("no-webgl");
        return;
      }
      taken = start.controller;
      if (cancelled) {
        taken.remove();
        return;
      }
      if (TEST_BUILD) window.__SORTIE_MAP__ = taken.map;
      setController(taken);
      publishMapController(taken);
      setStartStatus("taken");
    })().catch((error: unknown) => {
      console.error("Map failed to start", error);
      if (!cancelled) setStartStatus("error");
    });
    return () => {
      cancelled = true;
      if (TEST_BUILD && taken && window.__SORTIE_MAP__ === taken.map) delete window.__SORTIE_MAP__;
      if (taken) publishMapController(null);
      taken?.remove();
    };
  }, []);

  // The view store, the theme store and the map's reader events: the controller's view is one
  // function of the two stores, applied on every change of either.
  useEffect(() => {
    if (!controller) return;
    const { actions } = store;
    const themes = browserThemeStore();
    const disconnect = controller.connect({ select: actions.select, hover: actions.hover, camera: (camera) => actions.setCamera(camera, "map") });
    let view: MapView | null = null;
    const follow = () => {
      view = mapViewOf(store.getState(), themes.getState().theme, view);
      controller.update(view);
    };
    follow();
    const unsubscribe = store.subscribe(follow);
    const unsubscribeTheme = themes.subscribe(follow);
    return () => {
      unsubscribeTheme();
      unsubscribe();
      disconnect();
    };
  }, [controller, store]);

  const t = useTranslations("Client.Map");
  const status: MapStatus = startStatus === "starting" || startStatus === "taken" ? (mapState.status === "ready" ? "ready" : mapState.status === "error" ? "error" : "loading") : startStatus;
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
        aria-label={t("region")}
      />
      <MapStatusMessage status={status} />
      {mapState.missingBasemap.length > 0 && status === "ready" && (
        <p role="status" data-testid="map-notice" className="absolute bottom-44 left-1/2 z-10 -translate-x-1/2 rounded-md border border-notice-line bg-notice-surface px-3 py-1.5 text-sm text-notice-ink-strong shadow md:bottom-48">
          {t("basemapMissing", { layers: mapState.missingBasemap.join(", ") })}
        </p>
      )}
    </div>
  );
}
