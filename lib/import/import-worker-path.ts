/**
 * The import worker (lib/import/geojson-worker.ts), bundled on its own by
 * scripts/bundle-import-worker.ts and served from this origin: Turbopack copies a
 * `new Worker(new URL(...))` target as a raw file rather than bundling it. Not versioned by name,
 * so it is served with the default revalidating cache headers.
 */
export const IMPORT_WORKER_PATH = "/import-worker.js";
