// The app serves maplibre-gl's own ES module build and its module worker, versioned by file name
// so browsers can cache them for good (see lib/map/library-paths.ts for why).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MAP_LIBRARY_PATH, MAP_PREWARM_PATH, MAP_WORKER_PATH } from "../lib/map/library-paths";

const packageJson = JSON.parse(readFileSync("node_modules/maplibre-gl/package.json", "utf8")) as { version: string };
const copies = [
  { from: "maplibre-gl.mjs", to: MAP_LIBRARY_PATH },
  { from: "maplibre-gl-worker.mjs", to: MAP_WORKER_PATH },
];
for (const { from, to } of copies) {
  if (!to.endsWith(`-${packageJson.version}.mjs`)) {
    throw new Error(`lib/map/library-paths.ts names ${to} but maplibre-gl is ${packageJson.version}: update MAPLIBRE_VERSION there`);
  }
  const target = path.join("public", to);
  mkdirSync(path.dirname(target), { recursive: true });
  // Without its source map comment: the map is not served, and a link to it would be a dead one.
  const source = readFileSync(path.join("node_modules/maplibre-gl/dist", from), "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
  writeFileSync(target, source);
  console.log(`map library ${target}`);
}

// Same URL as the app's own import(MAP_LIBRARY_PATH), so both share one module instance.
const prewarm = `import { prewarm, setWorkerUrl } from ${JSON.stringify(MAP_LIBRARY_PATH)};
setWorkerUrl(${JSON.stringify(MAP_WORKER_PATH)});
prewarm();
`;
writeFileSync(path.join("public", MAP_PREWARM_PATH), prewarm);
console.log(`map library ${path.join("public", MAP_PREWARM_PATH)}`);
