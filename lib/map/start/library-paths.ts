/** Must match the installed maplibre-gl; scripts/copy-map-library.ts fails the build if not. */
const MAPLIBRE_VERSION = "6.17.0";

/**
 * maplibre-gl's own ES module build, served by the app under a versioned name. The page asks for
 * it with a modulepreload link as soon as the HTML arrives, so it downloads and compiles while the
 * page hydrates instead of after (a bundled chunk could only be requested once hydration ran).
 */
export const MAP_LIBRARY_PATH = `/maplibre/maplibre-gl-${MAPLIBRE_VERSION}.mjs`;

/** MapLibre 6 runs its tile work in a module worker that the bundler does not emit. */
export const MAP_WORKER_PATH = `/maplibre/maplibre-gl-worker-${MAPLIBRE_VERSION}.mjs`;

/**
 * Sortie's map-start module (lib/map/start/map-start.ts, bundled by scripts/copy-map-library.ts). The page
 * runs it as soon as the HTML arrives: it starts the map's worker and creates the map while React
 * hydrates. Not versioned by name, unlike the maplibre-gl files: it changes with the app's code,
 * so it is served with the default revalidating cache headers, not the immutable ones.
 */
export const MAP_START_PATH = "/map-start.mjs";

/**
 * The dashboard's map module (lib/map/overview/start-overview-map.ts), bundled the same way but on
 * its own, so the event pages' map-start module does not carry the dashboard's code.
 */
export const OVERVIEW_START_PATH = "/overview-start.mjs";
