// MapLibre 6 runs its tile work in a module worker that the bundler does not emit. The app serves
// its own copy, versioned by file name so browsers can cache it for good.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { MAP_WORKER_PATH } from "../lib/map/worker-url";

const packageJson = JSON.parse(readFileSync("node_modules/maplibre-gl/package.json", "utf8")) as { version: string };
const expected = `/maplibre/maplibre-gl-worker-${packageJson.version}.mjs`;
if (expected !== MAP_WORKER_PATH) {
  throw new Error(`lib/map/worker-url.ts names ${MAP_WORKER_PATH} but maplibre-gl is ${packageJson.version}: update MAPLIBRE_VERSION there`);
}
const target = path.join("public", MAP_WORKER_PATH);
mkdirSync(path.dirname(target), { recursive: true });
copyFileSync("node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs", target);
console.log(`map worker ${target}`);
