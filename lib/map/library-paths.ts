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
 * A three-line module (written by scripts/copy-map-library.ts) that imports the library, points it
 * at the worker and calls prewarm(): the page runs it as soon as the HTML arrives, so the worker
 * downloads and starts while React hydrates. The map created after hydration uses that worker.
 */
export const MAP_PREWARM_PATH = `/maplibre/prewarm-${MAPLIBRE_VERSION}.mjs`;
