import { useSyncExternalStore } from "react";
import type { MapController } from "@/lib/map/controller/map-controller";

// The page's map controller for controls outside the map's subtree (the panel's Export): the map
// and the panel header are far apart in the tree, and a context above both would need the whole
// event view to be a client component. One event page has one map, so one slot is enough.
let current: MapController | null = null;
const listeners = new Set<() => void>();

/** Set by SortieMap when it takes its controller, cleared when it gives it up. */
export function publishMapController(controller: MapController | null): void {
  current = controller;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The page's map controller, or null before the map has started (and on the server). */
export function useMapController(): MapController | null {
  return useSyncExternalStore(subscribe, () => current, () => null);
}
