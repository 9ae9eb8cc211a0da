"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useThemeState } from "@/components/theme/use-theme";
import { MapStatusMessage, type MapStatus } from "@/components/map/map-status-message";
import { useMapStart } from "@/components/map/use-map-start";
import type { Bounds } from "@/lib/geo/bounds-of";
import { parseAsCamera } from "@/lib/url-state/view-state";
import { loadOverviewStart } from "@/lib/map/start/load-overview-start";
import type { OverviewHandlers, OverviewState } from "@/lib/map/overview/overview-controller";
import { OVERVIEW_DENSITY_PATH, OVERVIEW_ROUTES_PATH } from "@/lib/map/overview/overview-content";
import type { OverviewView } from "@/lib/map/overview/overview-view";

const LOADING: OverviewState = { status: "loading", densityStatus: "idle" };
const NO_CONTROLLER = { subscribe: () => () => undefined, getState: () => LOADING };

type Props = { bounds: Bounds; patrolCount: number; view: Omit<OverviewView, "theme">; handlers: OverviewHandlers; showAll: () => void };

/**
 * Mounts the dashboard's map controller (lib/map/overview) through the map-start module, so
 * maplibre-gl stays out of the page's bundle, and hands it the view on every change.
 */
export function DashboardMap({ bounds, patrolCount, view, handlers, showAll }: Props) {
  const t = useTranslations("Client.Dashboard");
  const containerRef = useRef<HTMLDivElement>(null);
  const { theme } = useThemeState();
  const { controller, startStatus } = useMapStart(containerRef, async (container) => {
    const { startOverviewMap } = await loadOverviewStart();
    // The theme as the <head> script set it: the style is built in it, so the first frame is in the reader's theme.
    const startTheme = document.documentElement.dataset.theme === "dark" ? "dark" : "light";
    const words = {
      controls: {
        "Map.Title": t("mapControls.title"),
        "NavigationControl.ZoomIn": t("mapControls.zoomIn"),
        "NavigationControl.ZoomOut": t("mapControls.zoomOut"),
        "AttributionControl.ToggleAttribution": t("mapControls.toggleAttribution"),
      },
      attribution: t("mapControls.attribution"),
    };
    // A link's camera as the address has it now: the map may start before the link reaches the store.
    const camera = parseAsCamera.parse(new URLSearchParams(window.location.search).get("map") ?? "");
    return startOverviewMap(container, { bounds, camera, patrolCount, view: { ...view, theme: startTheme }, routesPath: OVERVIEW_ROUTES_PATH, densityPath: OVERVIEW_DENSITY_PATH, words });
  });
  const source = controller ?? NO_CONTROLLER;
  const state = useSyncExternalStore(source.subscribe, source.getState, () => LOADING);

  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  }, [handlers]);
  useEffect(() => {
    if (!controller) return;
    return controller.connect({
      hover: (patrol) => handlersRef.current.hover(patrol),
      select: (patrol) => handlersRef.current.select(patrol),
      moved: (camera) => handlersRef.current.moved(camera),
    });
  }, [controller]);

  const { colourBy, mode, visible, hovered, selected, frame } = view;
  useEffect(() => {
    controller?.update({ theme, colourBy, mode, visible, hovered, selected, frame });
  }, [controller, theme, colourBy, mode, visible, hovered, selected, frame]);

  const status: MapStatus = startStatus === "starting" || startStatus === "taken" ? (state.status === "ready" ? "ready" : state.status === "error" ? "error" : "loading") : startStatus;
  return (
    <div className="relative h-full w-full">
      <div
        ref={containerRef}
        data-testid="map"
        className="peer h-full w-full"
        role="region"
        aria-label={t("mapRegion")}
      />
      <MapStatusMessage status={status} alternative={t("mapAlternative")} />
      {status === "ready" && (
        <button
          type="button"
          onClick={showAll}
          title={t("showAllTitle")}
          data-testid="show-all-patrols"
          className="absolute top-2.5 left-2.5 z-10 rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium text-body shadow-sm hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-focus"
        >
          {t("showAll")}
        </button>
      )}
      {mode === "density" && state.densityStatus === "error" && (
        <p role="status" className="absolute bottom-3 left-1/2 z-10 -translate-x-1/2 rounded-md border border-notice-line bg-notice-surface px-3 py-1.5 text-sm text-notice-ink-strong shadow">
          {t("densityFailed")}
        </p>
      )}
    </div>
  );
}
