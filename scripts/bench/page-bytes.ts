// Data bytes per page of the static export, without a browser: for every page in out/ (written by
// `npm run build:static`), its HTML and how much of it is the inline data payload, the basemap
// files its map loads, the data files it fetches, and whether its HTML carries another event's
// data. Deterministic: gzip level 9 of files on disk. Part of `npm run bench`; alone:
//
//   npm run bench:bytes
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { BasemapRegionId } from "@/lib/basemap/regions";
import { DEFAULT_COMPARE_PAIR } from "@/lib/compare/default-pair";
import { eventMapContentPath } from "@/lib/map/content/event-map-content";
import { panelDetailsPath } from "@/lib/details/panel-details";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { buildBasemapStyle } from "@/lib/map/style/basemap-style";
import { gzipSize } from "./first-load";
import { pageBytesTable } from "./page-bytes-table";
import type { FileBytes, PageBytes, PageBytesReport } from "./types";

export const EXPORT_DIRECTORY = "out";

/** Data files a page fetches after it loads, by route. The e2e tests check the browser fetches no others. */
const FETCHED_DATA_URLS: Readonly<Record<string, readonly string[]>> = {
  "/compare": DEFAULT_COMPARE_PAIR.map((id) => `/data/${id}.geojson`),
};

export class StaticExportMissingError extends Error {}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// `(self.__next_f=self.__next_f||[]).push([0])` starts the payload; `self.__next_f.push([1,"…"])` carries it.
const PAYLOAD_PUSH = /^\s*\(?self\.__next_f(?:=self\.__next_f\|\|\[\]\))?\.push\(([\s\S]*)\)\s*;?\s*$/;

/**
 * Splits a prerendered page into its markup and Next's inline RSC payload. The payload is what the
 * page's client components receive (the map data, playback model, zone outlines and item details
 * of the page's event) plus the server-rendered tree the browser hydrates. Throws when the page
 * still mentions `self.__next_f` afterwards: Next.js changed how it inlines the payload, and a
 * silent zero would read as "no data".
 */
export function splitInlinePayload(html: string): { markup: string; payloadText: string } {
  let payloadText = "";
  const markup = html.replace(SCRIPT, (tag: string, attributes: string, content: string) => {
    const push = PAYLOAD_PUSH.exec(content);
    if (!push || /\bsrc\s*=/i.test(attributes)) return tag;
    const chunk = JSON.parse(push[1]!) as unknown;
    // [1, text] carries payload text; [0] only starts the stream.
    if (Array.isArray(chunk) && chunk[0] === 1 && typeof chunk[1] === "string") payloadText += chunk[1];
    return "";
  });
  if (markup.includes("self.__next_f")) throw new Error("the page mentions self.__next_f outside the payload scripts page-bytes.ts recognises: update PAYLOAD_PUSH");
  return { markup, payloadText };
}

/**
 * The HTML's size, and the share of it that is inline payload measured as the gzip bytes the
 * payload adds: gzip(HTML) − gzip(HTML without it). Gzipping the payload on its own would count
 * text it repeats from the markup twice; this is what the page would save without it. An upper
 * bound on the event's data: it also holds React's copy of the server-rendered panel and the
 * layout's share (what /404, which shows no data, carries).
 */
export function htmlBytes(html: string, markup = splitInlinePayload(html).markup): PageBytes["html"] {
  const gzipBytes = gzipSize(html);
  return { bytes: Buffer.byteLength(html), gzipBytes, inlinePayloadGzipBytes: gzipBytes - gzipSize(markup) };
}

/**
 * Which other events' track ids occur in a page (markup and decoded payload). An id counts only
 * where it stands whole, so "tu95-pair-joint-leg" is not found inside
 * "tu95-pair-joint-leg-with-pair-a"; ids the page's own event also uses are not foreign.
 */
export function foreignEventData(text: string, ownEventId: string, trackIdsByEvent: ReadonlyMap<string, readonly string[]>) {
  const words = new Set(text.match(/[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g));
  const ownIds = trackIdsByEvent.get(ownEventId) ?? [];
  const foreignEventIds = new Set<string>();
  const foreignFeatureIds = new Set<string>();
  for (const [eventId, ids] of trackIdsByEvent) {
    if (eventId === ownEventId) continue;
    for (const id of ids) {
      if (ownIds.includes(id) || !words.has(id)) continue;
      foreignEventIds.add(eventId);
      foreignFeatureIds.add(id);
    }
  }
  return {
    foreignEventIds: [...foreignEventIds].sort(),
    foreignFeatureIds: [...foreignFeatureIds].sort(),
    ownFeatureIds: { found: ownIds.filter((id) => words.has(id)).length, of: ownIds.length },
  };
}

/** The route an exported HTML file serves: `index.html` → `/`, `events/2019-07-23.html` → `/events/2019-07-23`. */
export function routeOf(htmlFile: string): string {
  const route = `/${htmlFile.split(path.sep).join("/").replace(/\.html$/, "")}`;
  return route === "/index" ? "/" : route.replace(/\/index$/, "");
}

/** The event a page shows: the landing event on / and /embed, its own on /events/<id> and /embed/<id>. */
export function eventShownBy(route: string, eventIds: readonly string[]): string | null {
  if (route === "/" || route === "/embed") return LANDING_EVENT_ID;
  const id = /^\/(?:events|embed)\/([^/]+)$/.exec(route)?.[1];
  return id !== undefined && eventIds.includes(id) ? id : null;
}

/** The basemap files a map of `region` loads: the GeoJSON sources of the app's own style. */
export function basemapUrls(region: BasemapRegionId): string[] {
  return Object.values(buildBasemapStyle(region).sources).flatMap((source) => ("data" in source && typeof source.data === "string" ? [source.data] : []));
}

function fileBytes(directory: string, url: string, remedy: string): FileBytes {
  const file = path.join(directory, url);
  if (!existsSync(file)) throw new Error(`${file} is missing: ${remedy}`);
  const content = readFileSync(file);
  return { url, bytes: content.length, gzipBytes: gzipSize(content) };
}

function splitOrName(html: string, htmlFile: string): ReturnType<typeof splitInlinePayload> {
  try {
    return splitInlinePayload(html);
  } catch (error) {
    throw new Error(`${EXPORT_DIRECTORY}/${htmlFile}: ${(error as Error).message}`, { cause: error });
  }
}

const sum = (files: FileBytes[]) => files.reduce((total, file) => total + file.gzipBytes, 0);

const budgetsSchema = z.object({ budgets: z.object({ initialBasemapData: z.object({ limitBytes: z.number().int().positive() }) }) });

/** Every page of out/ (Next's internal `_`-prefixed copies left out), measured. */
export function measurePageBytes(root: string): PageBytesReport {
  const exportDirectory = path.join(root, EXPORT_DIRECTORY);
  if (!existsSync(path.join(exportDirectory, "index.html"))) {
    throw new StaticExportMissingError(`there is no static export in ${EXPORT_DIRECTORY}/. Run \`npm run build:static\` first (it also writes into .next, so run \`npm run build\` after it).`);
  }
  const basemapLimit = budgetsSchema.parse(JSON.parse(readFileSync(path.join(root, "budgets.json"), "utf8"))).budgets.initialBasemapData.limitBytes;
  const eventIds = listEventIds(root);
  const events = new Map(eventIds.map((id) => [id, loadEvent(id, root)]));
  const trackIdsByEvent = new Map(eventIds.map((id) => [id, events.get(id)!.tracks.features.map((feature) => feature.properties.id)]));
  const htmlFiles = readdirSync(exportDirectory, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.split(path.sep).some((segment) => segment.startsWith("_")))
    .sort((first, second) => routeOf(first).localeCompare(routeOf(second)));
  const routes = htmlFiles.map(routeOf);
  const missing = eventIds.filter((id) => !routes.includes(`/events/${id}`));
  if (missing.length > 0) throw new Error(`${EXPORT_DIRECTORY}/ has no page for ${missing.join(", ")}: it is older than data/events; run \`npm run build:static\``);

  const pages = htmlFiles.map((htmlFile): PageBytes => {
    const route = routeOf(htmlFile);
    const html = readFileSync(path.join(exportDirectory, htmlFile), "utf8");
    const eventId = eventShownBy(route, eventIds);
    const region = eventId === null ? null : events.get(eventId)!.event.region;
    const basemapFiles = region === null ? [] : basemapUrls(region).map((url) => fileBytes(path.join(root, "public"), url, "run `npm run prepare-assets`"));
    const basemap = region === null ? null : { region, files: basemapFiles, gzipBytes: sum(basemapFiles), limitBytes: basemapLimit, withinBudget: sum(basemapFiles) <= basemapLimit };
    // A map page fetches its event's map content (lib/map/content/event-map-content.ts) as well,
    // and a page with the panel its details (lib/details/panel-details.ts).
    const panel = eventId !== null && !route.startsWith("/embed");
    const fetchedUrls = [...(FETCHED_DATA_URLS[route] ?? []), ...(eventId === null ? [] : [eventMapContentPath(eventId)]), ...(panel ? [panelDetailsPath(eventId)] : [])];
    const fetchedData = fetchedUrls.map((url) => fileBytes(exportDirectory, url, "run `npm run build:static`"));
    const { markup, payloadText } = splitOrName(html, htmlFile);
    const bytes = htmlBytes(html, markup);
    const foreign = eventId === null ? null : foreignEventData(`${markup}\n${payloadText}`, eventId, trackIdsByEvent);
    return {
      route,
      file: path.join(EXPORT_DIRECTORY, htmlFile),
      eventId,
      html: bytes,
      basemap,
      fetchedData,
      totalGzipBytes: bytes.gzipBytes + (basemap?.gzipBytes ?? 0) + sum(fetchedData),
      foreignEventIds: foreign?.foreignEventIds ?? null,
      foreignFeatureIds: foreign?.foreignFeatureIds ?? null,
      ownFeatureIds: foreign?.ownFeatureIds ?? null,
    };
  });
  return { exportWrittenAt: statSync(path.join(exportDirectory, "index.html")).mtime.toISOString(), pages };
}

function main() {
  try {
    const report = measurePageBytes(process.cwd());
    console.log(`Data bytes per page (gzip -9), static export in ${EXPORT_DIRECTORY}/ written ${report.exportWrittenAt}\n`);
    console.log(pageBytesTable(report.pages));
  } catch (error) {
    if (!(error instanceof StaticExportMissingError)) throw error;
    console.error(`bench:bytes: ${error.message}`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
