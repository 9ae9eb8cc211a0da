import * as maplibre from "maplibre-gl";
import type { Bounds } from "@/lib/geo/bounds-of";
import type { Camera } from "@/lib/url-state/camera";
import { LABEL_FONT, MAP_DRAWN_ATTRIBUTE, MAP_IDLE_ATTRIBUTE, SOURCE_IDS } from "../ids";
import { addSortieMapControls, sortieMapOptions } from "../controller/map-options";
import { createMapOrNull } from "../start/create-map-or-null";
import { laidOut } from "../start/laid-out";
import { MAP_WORKER_PATH } from "../start/library-paths";
import { buildOverviewBasemapStyle } from "./overview-basemap-style";
import { fetchOverviewFile, isDensityMapData } from "./overview-content";
import { OverviewController } from "./overview-controller";
import { overviewLayers } from "./overview-layers";
import { OVERVIEW_PADDING } from "./sync-overview";
import type { OverviewView } from "./overview-view";

// This module is the dashboard's map bundle (scripts/copy-map-library.ts): maplibre-gl is the app's
// served copy, and its worker starts now, while the page hydrates.
maplibre.setWorkerUrl(MAP_WORKER_PATH);
maplibre.prewarm();

/** The map's own words in the page's language: MapLibre's control titles (its `locale` option, e.g. "NavigationControl.ZoomIn") and the basemap's credit. */
export type OverviewMapWords = { controls: Record<string, string>; attribution: string };

export type OverviewStart = { status: "ready"; controller: OverviewController } | { status: "no-webgl" };

/**
 * Creates the dashboard's map with the event pages' options and basemap (East Asia, with the
 * Bering Sea ring), draws every patrol's routes from the routes file and hands back its controller.
 * It starts on a link's camera if the link names one, on `bounds` (the default framing) if not.
 */
export async function startOverviewMap(
  container: HTMLElement,
  { bounds, camera = null, routesPath, densityPath, patrolCount, view, words }: { bounds: Bounds; camera?: Camera | null; routesPath: string; densityPath: string; patrolCount: number; view: OverviewView; words?: OverviewMapWords },
): Promise<OverviewStart> {
  await Promise.all([document.fonts.load(`12px "${LABEL_FONT}"`), laidOut(container)]);
  const style = buildOverviewBasemapStyle(view.theme);
  const land = style.sources[SOURCE_IDS.land];
  // Without words (the benchmark's page), MapLibre's and the style's English.
  if (words && land?.type === "geojson") style.sources[SOURCE_IDS.land] = { ...land, attribution: words.attribution };
  const options = { ...sortieMapOptions({ container, style, bounds, camera, padding: OVERVIEW_PADDING }), ...(words ? { locale: words.controls } : {}) };
  const map = createMapOrNull(() => new maplibre.Map(options), maplibre.GPUInitializationError);
  if (!map) return { status: "no-webgl" };
  performance.mark("sortie:map-created");
  const styleLoaded = new Promise<void>((resolve) => map.once("style.load", () => resolve()));
  addSortieMapControls(map, maplibre);
  const drawn = styleLoaded.then(() => {
    // By URL: MapLibre's worker fetches and parses the routes, so a thousand patrols' file is never
    // parsed or copied on the main thread. promoteId: every leg of a patrol shares its number, so
    // one feature state lights them all.
    map.addSource(SOURCE_IDS.patrolRoutes, { type: "geojson", data: routesPath, promoteId: "patrol" });
    map.addSource(SOURCE_IDS.patrolDensity, { type: "geojson", data: { type: "FeatureCollection", features: [] } });
    for (const layer of overviewLayers(view.colourBy, view.theme)) map.addLayer(layer);
    container.setAttribute(MAP_DRAWN_ATTRIBUTE, "");
    performance.mark("sortie:map-drawn");
    map.on("idle", () => container.setAttribute(MAP_IDLE_ATTRIBUTE, "true"));
    map.on("movestart", () => container.removeAttribute(MAP_IDLE_ATTRIBUTE));
    return { patrolCount };
  });
  return { status: "ready", controller: new OverviewController(map, drawn, () => fetchOverviewFile(densityPath, isDensityMapData), view) };
}
