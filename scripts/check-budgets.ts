// Byte budgets, checked without a browser against the production build in .next (run
// `npm run build` first) and the limits in budgets.json. Deterministic: gzip level 9 of files on
// disk. Exits 1 naming each budget that is exceeded, with the measured figure and the limit.
//
//   npm run check-budgets
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { eventPageHtmlFiles } from "./bench/event-page-html";
import { PREFIXED_LOCALES } from "@/lib/i18n/locales";
import { firstLoadChunksOnDisk, formatKb, gzipSize, looksLikeMaplibreBySize, MAPLIBRE_MODULE_PATH, MAPLIBRE_SOURCE_SIGNATURES, maplibreSignaturesIn } from "./bench/first-load";

type Budgets = {
  floor: { firstLoadJsGzipBytes: number; measuredOn: string; versions: Record<string, string>; how: string };
  budgets: {
    landingFirstLoadJsBeyondFloor: { limitBytes: number; page: string };
    initialBasemapData: { limitBytes: number; directory: string; extension: string };
    eventPageHtml: { limitBytes: number };
    eventPageHtmlOtherLanguages: { limitBytes: number };
  };
};

const root = process.cwd();
const failures: string[] = [];
const fail = (message: string) => failures.push(message);

function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
}

function main() {
  const budgets = JSON.parse(readFileSync(path.join(root, "budgets.json"), "utf8")) as Budgets;
  const nextDir = path.join(root, ".next");
  const { page } = budgets.budgets.landingFirstLoadJsBeyondFloor;
  const htmlFile = path.join(nextDir, "server", "app", page === "/" ? "index.html" : `${page.replace(/^\//, "")}.html`);
  if (!existsSync(htmlFile)) {
    console.error(`check-budgets: ${path.relative(root, htmlFile)} is missing. Run \`npm run build\` first (the page must be prerendered).`);
    process.exit(1);
  }

  // 1. First-load JS of the landing page, beyond the bare Next.js floor.
  const chunks = firstLoadChunksOnDisk(readFileSync(htmlFile, "utf8"), nextDir, path.join(root, "public"));
  const firstLoad = chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
  const { floor } = budgets;
  const beyond = firstLoad - floor.firstLoadJsGzipBytes;
  const limit = budgets.budgets.landingFirstLoadJsBeyondFloor.limitBytes;
  console.log(`First-load JS of ${page} (script chunks in ${path.relative(root, htmlFile)}, gzip -9 each):`);
  for (const chunk of chunks) console.log(`  ${formatKb(chunk.gzipBytes).padStart(10)}  ${chunk.url}`);
  console.log(`  ${formatKb(firstLoad).padStart(10)}  total (${chunks.length} chunks)`);
  console.log(`  ${formatKb(floor.firstLoadJsGzipBytes).padStart(10)}  bare Next.js floor (budgets.json, measured ${floor.measuredOn})`);
  console.log(`  ${formatKb(beyond).padStart(10)}  Sortie adds beyond the floor (limit ${formatKb(limit)})`);
  if (beyond > limit) {
    fail(`budget "landingFirstLoadJsBeyondFloor": ${page} first-load JS is ${formatKb(firstLoad)} gzip, ${formatKb(beyond)} beyond the bare Next.js floor of ${formatKb(floor.firstLoadJsGzipBytes)}; limit ${formatKb(limit)} (${beyond} > ${limit} bytes)`);
  }
  for (const [name, measuredWith] of Object.entries(floor.versions)) {
    const installed = installedVersion(name);
    if (installed !== measuredWith) {
      fail(`budget "landingFirstLoadJsBeyondFloor": the floor in budgets.json was measured with ${name} ${measuredWith} but ${installed} is installed; re-measure it with \`npm run bench -- --update-floor\``);
    }
  }

  // 2. maplibre-gl must not be in first-load JS at all.
  const maplibreFile = path.join(root, "node_modules", "maplibre-gl", "dist", "maplibre-gl.mjs");
  const maplibreSource = readFileSync(maplibreFile, "utf8");
  const maplibreGzip = gzipSize(maplibreSource);
  // Only signatures the installed library really contains can identify it.
  const signatures = maplibreSignaturesIn(maplibreSource, MAPLIBRE_SOURCE_SIGNATURES);
  if (signatures.length < 2) fail(`maplibre check: only ${signatures.length} of the signature strings in scripts/bench/first-load.ts still occur in ${path.relative(root, maplibreFile)}; update MAPLIBRE_SOURCE_SIGNATURES`);
  let maplibreClean = true;
  for (const chunk of chunks) {
    const found = maplibreSignaturesIn(chunk.content, [...signatures, MAPLIBRE_MODULE_PATH]);
    if (found.length > 0) {
      maplibreClean = false;
      fail(`budget "maplibreNotInFirstLoad": first-load chunk ${chunk.url} contains maplibre-gl code (${found.map((text) => JSON.stringify(text)).join(", ")}); it must be imported lazily`);
    } else if (looksLikeMaplibreBySize(chunk.gzipBytes, maplibreGzip)) {
      maplibreClean = false;
      fail(`budget "maplibreNotInFirstLoad": first-load chunk ${chunk.url} is ${formatKb(chunk.gzipBytes)} gzip, at least half of maplibre-gl (${formatKb(maplibreGzip)}); it must not be in first-load JS`);
    }
  }
  console.log(`maplibre-gl in first-load JS: ${maplibreClean ? "no" : "YES"} (checked ${chunks.length} chunks for ${signatures.length + 1} signature strings and for size ≥ ${formatKb(maplibreGzip / 2)})`);

  // 3. Basemap data for the initial view.
  const basemap = budgets.budgets.initialBasemapData;
  const basemapDir = path.join(root, basemap.directory);
  if (!existsSync(basemapDir)) {
    fail(`budget "initialBasemapData": ${basemap.directory} is missing; run \`npm run build\` (it generates the basemap) first`);
  } else {
    const files = readdirSync(basemapDir).filter((file) => file.endsWith(basemap.extension)).sort();
    let total = 0;
    console.log(`Basemap data for the initial view (${basemap.directory}/*${basemap.extension}, gzip -9 each):`);
    for (const file of files) {
      const size = gzipSize(readFileSync(path.join(basemapDir, file)));
      total += size;
      console.log(`  ${formatKb(size).padStart(10)}  ${file}`);
    }
    console.log(`  ${formatKb(total).padStart(10)}  total (limit ${formatKb(basemap.limitBytes)})`);
    if (files.length === 0) fail(`budget "initialBasemapData": no ${basemap.extension} files in ${basemap.directory}`);
    if (total > basemap.limitBytes) {
      fail(`budget "initialBasemapData": ${basemap.directory}/*${basemap.extension} is ${formatKb(total)} gzip; limit ${formatKb(basemap.limitBytes)} (${total} > ${basemap.limitBytes} bytes)`);
    }
  }

  // 4. The HTML of the landing page and of every event page (markup and inline payload together),
  // in English and in each other language.
  const appDirectory = path.join(nextDir, "server", "app");
  const htmlBudgets = [
    { name: "eventPageHtml", limit: budgets.budgets.eventPageHtml.limitBytes, files: eventPageHtmlFiles(appDirectory) },
    { name: "eventPageHtmlOtherLanguages", limit: budgets.budgets.eventPageHtmlOtherLanguages.limitBytes, files: PREFIXED_LOCALES.flatMap((locale) => eventPageHtmlFiles(appDirectory, locale)) },
  ];
  for (const { name, limit, files } of htmlBudgets) {
    console.log(`HTML of the event pages, ${name} (${path.relative(root, appDirectory)}, gzip -9 each, limit ${formatKb(limit)}):`);
    for (const file of files) {
      if (!existsSync(path.join(appDirectory, file))) {
        fail(`budget "${name}": ${file} is missing; run \`npm run build\` first`);
        continue;
      }
      const size = gzipSize(readFileSync(path.join(appDirectory, file)));
      console.log(`  ${formatKb(size).padStart(10)}  ${file}`);
      if (size > limit) fail(`budget "${name}": ${file} is ${formatKb(size)} gzip; limit ${formatKb(limit)} (${size} > ${limit} bytes)`);
    }
  }

  if (failures.length > 0) {
    console.error(`\ncheck-budgets: ${failures.length} budget${failures.length === 1 ? "" : "s"} failed:`);
    for (const failure of failures) console.error(`  ✗ ${failure}`);
    process.exit(1);
  }
  console.log("\ncheck-budgets: all budgets met.");
}

main();
