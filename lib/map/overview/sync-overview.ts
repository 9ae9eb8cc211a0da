import type { Map as MapLibreMap } from "maplibre-gl";
import { visibleMinutes, type DensityCell } from "@/lib/dashboard/visible-minutes";
import { LAYER_IDS, SOURCE_IDS } from "../ids";
import { BASEMAP_COLOURS, BASEMAP_COLOURS_DARK } from "../palette";
import { applyOverviewBasemapTheme } from "./overview-basemap-style";
import { DENSITY_LAYER_IDS, PATROL_FOCUS_STATE, ROUTE_LAYER_IDS, densityColour, routeColour } from "./overview-layers";
import type { OverviewView } from "./overview-view";

/** The part of MapLibre's map that the overview's sync uses: a test hands it a fake that records the calls. */
export type OverviewSurface = Pick<MapLibreMap, "getLayer" | "setPaintProperty" | "setLayoutProperty" | "setFilter" | "setFeatureState" | "setGlobalStateProperty" | "fitBounds">;

/**
 * The density cells' per-patrol minutes (the density file's `patrols`), how many patrols there are,
 * and whether the reader asked for reduced motion (asked each time: the setting can change).
 */
export type OverviewTarget = { map: OverviewSurface; densityPatrols: readonly DensityCell["patrols"][]; patrolCount: number; reduceMotion: () => boolean };

/**
 * Room around framed routes: the zoom buttons sit top right. The list, filters and summary are
 * beside the map (below it on a phone), never over it, so nothing else needs clearing.
 */
export const OVERVIEW_PADDING = { top: 24, right: 56, bottom: 24, left: 24 };

/** Closest a frame zooms in: a short patrol still shows the coasts around it. */
const FRAME_MAX_ZOOM = 6;

/**
 * Applies a change of the dashboard map's view, idempotently: each part is compared with the
 * previous view and only what changed is set; `previous` null applies everything. A filter is a
 * layer filter (the data is never set again) and the density's minutes are feature state, so a
 * filter change costs the same whether the routes file holds eleven patrols or a thousand.
 */
export function syncOverview(target: OverviewTarget, previous: OverviewView | null, next: OverviewView): void {
  const { map } = target;
  if (next.theme !== previous?.theme) applyOverviewBasemapTheme(map, next.theme);
  if (next.theme !== previous?.theme || next.colourBy !== previous?.colourBy) {
    for (const layer of [LAYER_IDS.patrolRoutesSourced, LAYER_IDS.patrolRoutesReconstructed]) map.setPaintProperty(layer, "line-color", routeColour(next.colourBy, next.theme));
  }
  if (next.theme !== previous?.theme) {
    map.setPaintProperty(LAYER_IDS.patrolDensityFill, "fill-color", densityColour(next.theme));
    map.setPaintProperty(LAYER_IDS.patrolRouteCasing, "line-color", (next.theme === "dark" ? BASEMAP_COLOURS_DARK : BASEMAP_COLOURS).halo);
    map.setPaintProperty(LAYER_IDS.patrolDensityEdges, "line-color", (next.theme === "dark" ? BASEMAP_COLOURS_DARK : BASEMAP_COLOURS).coastline);
  }
  if (next.mode !== previous?.mode) {
    for (const layer of ROUTE_LAYER_IDS) map.setLayoutProperty(layer, "visibility", next.mode === "routes" ? "visible" : "none");
    for (const layer of DENSITY_LAYER_IDS) map.setLayoutProperty(layer, "visibility", next.mode === "density" ? "visible" : "none");
  }
  if (!sameList(next.visible, previous?.visible)) syncHidden(target, previous ? previous.visible : undefined, next.visible);
  // The density follows the filters too; worked out only while it is shown.
  if (next.mode === "density" && (previous?.mode !== "density" || !sameList(next.visible, previous?.visible))) syncDensity(target, next.visible);
  for (const key of ["hovered", "selected"] as const) {
    const before = previous?.[key] ?? null;
    if (next[key] === before) continue;
    if (before !== null) map.setFeatureState({ source: SOURCE_IDS.patrolRoutes, id: before }, { [key]: false });
    if (next[key] !== null) map.setFeatureState({ source: SOURCE_IDS.patrolRoutes, id: next[key] }, { [key]: true });
  }
  const focused = next.hovered !== null || next.selected !== null;
  if (previous === null || focused !== (previous.hovered !== null || previous.selected !== null)) map.setGlobalStateProperty(PATROL_FOCUS_STATE, focused);
  // Each request frames once; the first sync (the map just drawn) jumps rather than flies.
  if (next.frame && next.frame !== previous?.frame) {
    const [west, south, east, north] = next.frame.bounds;
    map.fitBounds(
      [
        [west, south],
        [east, north],
      ],
      { padding: OVERVIEW_PADDING, maxZoom: FRAME_MAX_ZOOM, animate: previous !== null && !target.reduceMotion(), duration: 800 },
    );
  }
}

/**
 * Hides the patrols the filters leave out with feature state ("hidden"), set only for the patrols
 * whose visibility changed: no layer is laid out again in the worker, so the main thread only
 * updates the changed features' paint values and draws a frame.
 */
function syncHidden({ map, patrolCount }: OverviewTarget, before: readonly number[] | null | undefined, after: readonly number[] | null): void {
  const shown = (list: readonly number[] | null) => (list === null ? null : new Set(list));
  const was = before === undefined ? undefined : shown(before);
  const now = shown(after);
  for (let patrol = 0; patrol < patrolCount; patrol += 1) {
    const hidden = now !== null && !now.has(patrol);
    const wasHidden = was === undefined ? undefined : was !== null && !was.has(patrol);
    if (hidden !== wasHidden) map.setFeatureState({ source: SOURCE_IDS.patrolRoutes, id: patrol }, { hidden });
  }
}

function syncDensity({ map, densityPatrols, patrolCount }: OverviewTarget, visible: readonly number[] | null): void {
  const shown = new Set(visible ?? Array.from({ length: patrolCount }, (_, index) => index));
  const minutes = visibleMinutes(
    densityPatrols.map((patrols) => ({ patrols })),
    shown,
  );
  const busiest = Math.max(0, ...minutes);
  // A square root: a strait flown by every patrol should not leave the single passes invisible.
  minutes.forEach((value, index) => map.setFeatureState({ source: SOURCE_IDS.patrolDensity, id: index }, { share: busiest > 0 ? Math.sqrt(value / busiest) : 0 }));
}

function sameList(a: readonly number[] | null, b: readonly number[] | null | undefined): boolean {
  if (b === undefined) return false;
  if (a === null || b === null) return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
