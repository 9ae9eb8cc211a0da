import { MAP_START_PATH } from "./library-paths";

type MapStartModule = typeof import("./map-start");

/**
 * Imports the map-start module the page has already run (see map-start.ts): the same URL, so the
 * same module instance and the map it may have started. The bundler must leave this import alone.
 */
export function loadMapStart(): Promise<MapStartModule> {
  return import(/* webpackIgnore: true */ /* turbopackIgnore: true */ MAP_START_PATH) as Promise<MapStartModule>;
}
