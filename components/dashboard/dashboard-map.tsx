"use client";

import "maplibre-gl/dist/maplibre-gl.css";
import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTheme } from "@/components/theme/use-theme";
import { MapStatusMessage, type MapStatus } from "@/components/map/map-status-message";
import type { Bounds } from "@/lib/geo/bounds-of";
import { loadMapStart } from "@/lib/map/start/load-map-start";
import type { OverviewController, OverviewHandlers, OverviewState } from "@/lib/map/overview/overview-controller";
import { OVERVIEW_DENSITY_PATH, OVERVIEW_ROUTES_PATH } from "@/lib/map/overview/overview-content";
import type { OverviewView } from "@/lib/map/overview/overview-view";

declare global {
  interface Window {
    __SORTIE_MAP__?: MapLibreMap;
  }
}

/** See components/map/sortie-map.tsx: read here so a production build carries no test hook. */
const TEST_BUILD = process.env.NEXT_PUBLIC_SORTIE_TEST === "1";

const LOADING: OverviewState = { status: "loading", densityStatus: "idle" };
const NO_CONTROLLER = { subscribe: () => () => undefined, getState: () => LOADING };

type Props = { bounds: Bounds; patrolCount: number; view: Omit<OverviewView, "theme">; handlers: OverviewHandlers };

/**
 * Mounts the dashboard's map controller (lib/map/overview) through the map-start module, so
 * maplibre-gl stays out of the page's bundle, and hands it the view on every change.
 */
export function DashboardMap({ bounds, patrolCount, view, handlers }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<OverviewController | null>(null);
  const [startStatus, setStartStatus] = useState<"starting" | "no-webgl" | "error" | "taken">("starting");
  const theme = useTheme();
  const source = controller ?? NO_CONTROLLER;
  const state = useSyncExternalStore(source.subscribe, source.getState, () => LOADING);
  const initial = useRef({ bounds, patrolCount, view: { ...view, theme } });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let taken: OverviewController | null = null;
    (async () => {
      const { startOverviewMap } = await loadMapStart();
      if (cancelled) return;
      const start = await startOverviewMap(container, { ...initial.current, routesPath: OVERVIEW_ROUTES_PATH, densityPath: OVERVIEW_DENSITY_PATH });
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
      setStartStatus("taken");
    })().catch((error: unknown) => {
      console.error("Map failed to start", error);
      if (!cancelled) setStartStatus("error");
    });
    return () => {
      cancelled = true;
      if (TEST_BUILD && taken && window.__SORTIE_MAP__ === taken.map) delete window.__SORTIE_MAP__;
      taken?.remove();
    };
  }, []);

  const handlersRef = useRef(handlers);
  useEffect(() => {
    handlersRef.current = handlers;
  }, [handlers]);
  useEffect(() => {
    if (!controller) return;
    return controller.connect({ hover: (patrol) => handlersRef.current.hover(patrol), select: (patrol) => handlersRef.current.select(patrol) });
  }, [controller]);

  const { colourBy, mode, visible, hovered, selected } = view;
  useEffect(() => {
    controller?.update({ theme, colourBy, mode, visible, hovered, selected });
  }, [controller, theme, colourBy, mode, visible, hovered, selected]);

  const status: MapStatus = startStatus === "starting" || startStatus === "taken" ? (state.status === "ready" ? "ready" : state.status === "error" ? "error" : "loading") : startStatus;
  return (
    <div className="relative h-full w-full">
      <div
        ref={containerRef}
        data-testid="map"
        className="peer h-full w-full"
        role="region"
        aria-label="Map of every patrol's routes. The same patrols are listed beside it, with links to each one."
      />
      <MapStatusMessage status={status} />
      {mode === "density" && state.densityStatus === "error" && (
        <p role="status" className="absolute bottom-3 left-1/2 z-10 -translate-x-1/2 rounded-md border border-notice-line bg-notice-surface px-3 py-1.5 text-sm text-notice-ink-strong shadow">
          The density could not be loaded; switch back to routes.
        </p>
      )}
    </div>
  );
}
