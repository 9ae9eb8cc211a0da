// The app serves maplibre-gl's own ES module build and its module worker, versioned by file name
// so browsers can cache them for good (see lib/map/start/library-paths.ts for why), and its own
// map-start module (lib/map/start/map-start.ts), bundled here on its own.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { MAP_LIBRARY_PATH, MAP_START_PATH, MAP_WORKER_PATH, OVERVIEW_START_PATH } from "../lib/map/start/library-paths";

const packageJson = JSON.parse(readFileSync("node_modules/maplibre-gl/package.json", "utf8")) as { version: string };
const copies = [
  { from: "maplibre-gl.mjs", to: MAP_LIBRARY_PATH },
  { from: "maplibre-gl-worker.mjs", to: MAP_WORKER_PATH },
];
for (const { from, to } of copies) {
  if (!to.endsWith(`-${packageJson.version}.mjs`)) {
    throw new Error(`lib/map/start/library-paths.ts names ${to} but maplibre-gl is ${packageJson.version}: update MAPLIBRE_VERSION there`);
  }
  const target = path.join("public", to);
  mkdirSync(path.dirname(target), { recursive: true });
  // Without its source map comment: the map is not served, and a link to it would be a dead one.
  const source = readFileSync(path.join("node_modules/maplibre-gl/dist", from), "utf8").replace(/\n\/\/# sourceMappingURL=\S+\s*$/, "\n");
  writeFileSync(target, source);
  console.log(`map library ${target}`);
}

/** Bundles one of the app's map modules into public/, with maplibre-gl left as the app's served copy. */
function bundleMapModule(entryPoint: string, servedPath: string, label: string) {
  const target = path.join("public", servedPath);
  void build({
    entryPoints: [entryPoint],
    outfile: target,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    // The same build-time setting the Next.js bundle reads (lib/map/style/basemap-style-url.ts).
    define: { "process.env.NEXT_PUBLIC_SORTIE_BASEMAP_STYLE_URL": JSON.stringify(process.env.NEXT_PUBLIC_SORTIE_BASEMAP_STYLE_URL ?? "") },
    plugins: [
      {
        // The app's served copy, by the same URL as the app's modulepreload link: one module instance.
        name: "served-maplibre",
        setup(esbuild) {
          esbuild.onResolve({ filter: /^maplibre-gl$/ }, () => ({ path: MAP_LIBRARY_PATH, external: true }));
        },
      },
    ],
    logLevel: "warning",
  }).then(() => console.log(`${label} ${target}`));
}

bundleMapModule("lib/map/start/map-start.ts", MAP_START_PATH, "map start");
// The dashboard's map (/events), on its own so the event pages' map-start module stays small.
bundleMapModule("lib/map/overview/start-overview-map.ts", OVERVIEW_START_PATH, "overview start");
