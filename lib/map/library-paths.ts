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
