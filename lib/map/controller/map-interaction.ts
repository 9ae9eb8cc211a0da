import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent } from "maplibre-gl";
import type { IndexItem } from "@/lib/data/event-index";
import { ownEntry } from "@/lib/data/own-entry";
import { CLICKABLE_LAYER_IDS } from "@/lib/map/ids";

/** What the pointer rests on: an aircraft (by formation id) or a feature of a style layer. */
type Target = { kind: "aircraft"; itemId: string } | { kind: "feature"; feature: MapGeoJSONFeature; itemId: string | null };

/**
 * Hover and click on the map. The aircraft are drawn by the GPU, not by a style layer, so
 * `aircraftAt` picks them by position (pick-aircraft.ts); they sit on top, so they come first.
 */
export function addInteraction(
  map: MapLibreMap,
  items: Readonly<Record<string, IndexItem>>,
  aircraftAt: (point: { x: number; y: number }) => string | null,
  select: (id: string | null) => void,
  hover: (id: string | null) => void,
): void {
  const layers = [...CLICKABLE_LAYER_IDS];
  const targetAt = (event: MapMouseEvent): Target | null => {
    const aircraft = aircraftAt(event.point);
    if (aircraft !== null) return { kind: "aircraft", itemId: aircraft };
    const [feature] = map.queryRenderedFeatures(event.point, { layers });
    // The item a feature stands for, from the event index: a route picks its whole formation.
    const id = feature?.properties?.id;
    return feature ? { kind: "feature", feature, itemId: typeof id === "string" ? (ownEntry(items, id)?.pickedAs ?? null) : null } : null;
  };
  let hovered: Target | null = null;
  const clearHover = () => {
    if (hovered?.kind === "feature" && hovered.feature.source && hovered.feature.id !== undefined) {
      map.setFeatureState({ source: hovered.feature.source, id: hovered.feature.id }, { hovered: false });
    }
    if (hovered) hover(null);
    hovered = null;
  };
  map.on("mousemove", (event) => {
    const target = targetAt(event);
    map.getCanvas().style.cursor = target ? "pointer" : "";
    if (target && hovered && sameTarget(target, hovered)) return;
    clearHover();
    if (target?.kind === "aircraft") {
      hovered = target;
      hover(target.itemId);
    } else if (target && target.feature.id !== undefined) {
      map.setFeatureState({ source: target.feature.source, id: target.feature.id }, { hovered: true });
      hovered = target;
      hover(target.itemId);
    }
  });
  map.on("mouseout", clearHover);
  map.on("click", (event) => {
    // A click on a route or an aircraft selects its whole formation; single legs are picked in the panel.
    select(targetAt(event)?.itemId ?? null);
  });
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.kind === "aircraft" || b.kind === "aircraft") return a.kind === b.kind && a.itemId === b.itemId;
  return a.feature.id === b.feature.id && a.feature.source === b.feature.source;
}
