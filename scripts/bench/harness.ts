// The harness the benchmark serves itself: the bare reference page and the playback page, bundled
// with esbuild from scripts/bench/pages/*.ts (the app's lib modules resolve through tsconfig's
// "@/" path), with maplibre-gl left out of the bundles and loaded as the package's own
// dist/maplibre-gl.mjs through an import map.
import { build } from "esbuild";
import path from "node:path";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildEventMapContent } from "@/lib/map/content/event-map-content";
import { startStaticServer, type RunningServer } from "./servers";
import type { ReferenceData } from "./types";

/** The landing event's map content, computed as app/map-data computes it at build time. */
export function referenceData(root: string): ReferenceData {
  const bundle = loadEvent(LANDING_EVENT_ID, root);
  return { region: bundle.event.region, bounds: bundle.event.bounds, content: buildEventMapContent(bundle, loadZones(root)) };
}

async function bundlePages(root: string): Promise<Map<string, string>> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { reference: "scripts/bench/pages/reference.ts", playback: "scripts/bench/pages/playback.ts", dashboard: "scripts/bench/pages/dashboard.ts" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    external: ["maplibre-gl"],
    define: { "process.env.NODE_ENV": '"production"' },
    tsconfig: path.join(root, "tsconfig.json"),
    outdir: "/harness",
    write: false,
    logLevel: "error",
  });
  return new Map(result.outputFiles.map((file) => [`/${path.basename(file.path)}`, file.text]));
}

function page(title: string, body: string, script: string, containerStyle: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/vendor/maplibre-gl.css">
<link rel="stylesheet" href="/fonts/400.css">
<style>html, body { margin: 0; } #map { ${containerStyle} }</style>
<script type="importmap">{ "imports": { "maplibre-gl": "/vendor/maplibre-gl.mjs" } }</script>
</head>
<body>
<div id="map" data-testid="map"></div>
${body}
<script type="module" src="${script}"></script>
</body>
</html>
`;
}

/** `extra`: more directories to serve (the dashboard scale bench's temporary routes files). */
export async function startHarness(root: string, data: ReferenceData, extra: [prefix: string, directory: string][] = []): Promise<RunningServer> {
  const bundles = await bundlePages(root);
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const files = new Map<string, { body: string; type: string }>();
  for (const [name, text] of bundles) files.set(name, { body: text, type: "text/javascript; charset=utf-8" });
  files.set("/reference.html", {
    body: page("Bare MapLibre reference", `<script type="application/json" id="reference-data">${json}</script>`, "/reference.js", "width: 100vw; height: 100vh;"),
    type: "text/html; charset=utf-8",
  });
  files.set("/playback.html", { body: page("Playback harness", "", "/playback.js", "width: 100vw; height: 100vh;"), type: "text/html; charset=utf-8" });
  files.set("/dashboard.html", { body: page("Dashboard map harness", "", "/dashboard.js", ""), type: "text/html; charset=utf-8" });
  return startStaticServer({
    files,
    directories: [
      ["/vendor/", path.join(root, "node_modules", "maplibre-gl", "dist")],
      ["/basemap/", path.join(root, "public", "basemap")],
      ["/fonts/", path.join(root, "node_modules", "@fontsource", "noto-sans")],
      ...extra,
    ],
  });
}
