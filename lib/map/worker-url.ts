/** Must match the installed maplibre-gl; scripts/copy-map-worker.ts fails the build if not. */
const MAPLIBRE_VERSION = "6.17.0";

export const MAP_WORKER_PATH = `/maplibre/maplibre-gl-worker-${MAPLIBRE_VERSION}.mjs`;
