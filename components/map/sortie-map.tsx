"use client";

import { useTranslations } from "next-intl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useViewStoreApi } from "@/components/view-state/view-store-provider";
import type { BasemapRegionId } from "@/lib/basemap/regions";
import type { Bounds } from "@/lib/geo/bounds-of";
import type { MapControllerState } from "@/lib/map/controller/map-controller";
import { browserThemeStore } from "@/lib/theme/theme-store";
import { mapViewOf, type MapView } from "@/lib/map/controller/map-view";
import { MAP_START_ATTRIBUTE, MAP_WORDS_ATTRIBUTE, serializeMapStart, type MapWords } from "@/lib/map/start/map-start-options";
import { loadMapStart } from "@/lib/map/start/load-map-start";
import { eventIdOfMapContentPath } from "@/lib/map/content/event-map-content";
import { mapSketchPath } from "@/lib/map/sketch/map-sketch-size";
import { MapStatusMessage, type MapStatus } from "./map-status-message";
import { publishMapController } from "./current-map-controller";
import { useMapStart } from "./use-map-start";

/** The event's region and framing, and where its map content is served (lib/map/content/event-map-content.ts). */
/** `words`: MapLibre's control titles and the basemap credit in the page's language; absent on English pages, which MapLibre's own words serve. */
type Props = { bounds: Bounds; region: BasemapRegionId; contentPath: string; words?: MapWords };

const LOADING: MapControllerState = { status: "loading", missingBasemap: [] };
const NO_CONTROLLER = { subscribe: () => () => undefined, getState: () => LOADING };

/**
 * Mounts the page's map controller (lib/map/controller): takes the one the map-start module
 * created from the server's HTML (or starts one after a client-side navigation), connects it to
 * the view store and keeps it in step with the store and the theme. The controller owns the map;
 * this component renders its container and status.
 */
export function SortieMap({ bounds, region, contentPath, words }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const store = useViewStoreApi();
  const { controller, startStatus } = useMapStart(
    containerRef,
    async (container) => {
      const { takeMap } = await loadMapStart();
      return takeMap(container, { region, bounds, contentPath, camera: store.getState().camera.value });
    },
    publishMapController,
  );
  const source = controller ?? NO_CONTROLLER;
  const mapState = useSyncExternalStore(source.subscribe, source.getState, () => LOADING);

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
        {...{ [MAP_START_ATTRIBUTE]: serializeMapStart({ region, bounds, contentPath }), ...(words ? { [MAP_WORDS_ATTRIBUTE]: JSON.stringify(words) } : {}) }}
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
      {/* The event's sketch, found from its content path rather than passed: every byte of the page counts. */}
      <MapStatusMessage status={status} sketchPath={sketchPathOf(contentPath)} />
      {mapState.missingBasemap.length > 0 && status === "ready" && (
        <p role="status" data-testid="map-notice" className="absolute bottom-44 left-1/2 z-10 -translate-x-1/2 rounded-md border border-notice-line bg-notice-surface px-3 py-1.5 text-sm text-notice-ink-strong shadow md:bottom-48">
          {t("basemapMissing", { layers: mapState.missingBasemap.join(", ") })}
        </p>
      )}
    </div>
  );
}

function sketchPathOf(contentPath: string): string | undefined {
  const eventId = eventIdOfMapContentPath(contentPath);
  return eventId ? mapSketchPath(eventId) : undefined;
}
