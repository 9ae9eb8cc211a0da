"use client";

import type { Map as MapLibreMap } from "maplibre-gl";
import { useEffect, useRef, useState, type RefObject } from "react";

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

export type MapStartStatus = "starting" | "no-webgl" | "error" | "taken";
type Started<Controller> = { status: "ready"; controller: Controller } | { status: "no-webgl" };

/**
 * Takes the map `start` gives for the container once, on mount (the event map's from the
 * map-start module, the dashboard's from its own start), and removes it on unmount. `taken` hears
 * of the controller and, with null, of its removal. `start` is read once: later ones are ignored.
 */
export function useMapStart<Controller extends { map: MapLibreMap; remove: () => void }>(
  containerRef: RefObject<HTMLElement | null>,
  start: (container: HTMLElement) => Promise<Started<Controller>>,
  taken: (controller: Controller | null) => void = () => undefined,
): { controller: Controller | null; startStatus: MapStartStatus } {
  const [controller, setController] = useState<Controller | null>(null);
  const [startStatus, setStartStatus] = useState<MapStartStatus>("starting");
  const initial = useRef({ start, taken });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let mine: Controller | null = null;
    const { start: startMap, taken: tell } = initial.current;
    (async () => {
      const started = await startMap(container);
      if (started.status === "no-webgl") {
        if (!cancelled) setStartStatus("no-webgl");
        return;
      }
      mine = started.controller;
      if (cancelled) {
        mine.remove();
        return;
      }
      if (TEST_BUILD) window.__SORTIE_MAP__ = mine.map;
      setController(mine);
      tell(mine);
      setStartStatus("taken");
    })().catch((error: unknown) => {
      console.error("Map failed to start", error);
      if (!cancelled) setStartStatus("error");
    });
    return () => {
      cancelled = true;
      if (TEST_BUILD && mine && window.__SORTIE_MAP__ === mine.map) delete window.__SORTIE_MAP__;
      if (mine) tell(null);
      mine?.remove();
    };
  }, [containerRef]);

  return { controller, startStatus };
}
