import { MAP_LIBRARY_PATH } from "./library-paths";

type MapLibrary = typeof import("maplibre-gl");

/**
 * Imports the app's own copy of maplibre-gl (see library-paths.ts). The bundler must leave this
 * import alone: the file is served from public/, not bundled, so the browser can start fetching it
 * from the page's modulepreload link before any of the app's JavaScript has run.
 */
export function loadMapLibrary(): Promise<MapLibrary> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAP_LIBRARY_PATH) as Promise<MapLibrary>;
}
