// Bundles the GeoJSON import worker (lib/import/geojson-worker.ts) into public/, so the static
// export and `next start` both serve it from the app's own origin (CSP worker-src 'self').
import path from "node:path";
import { build } from "esbuild";
import { IMPORT_WORKER_PATH } from "../lib/import/import-worker-path";

const target = path.join("public", IMPORT_WORKER_PATH);
void build({
  entryPoints: ["lib/import/geojson-worker.ts"],
  outfile: target,
  bundle: true,
  // A classic worker: runs in every browser that runs the map.
  format: "iife",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
}).then(() => console.log(`import worker ${target}`));
