// Shared by the benchmark (scripts/bench/run.ts) and the byte budgets (scripts/check-budgets.ts):
// which script chunks a prerendered page loads at first, how big they are gzipped, and whether
// one of them carries maplibre-gl. Pure functions plus small file helpers; no browser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Gzipped size in bytes at zlib level 9: the figure every byte budget and report uses. */
export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

type Tag = { name: string; attributes: Map<string, string | true> };

/** Opening <script> and <link> tags with their attributes (names lower-cased, entities in values decoded). */
function scriptAndLinkTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attributes = new Map<string, string | true>();
    for (const attribute of match[2]!.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      const value = attribute[2] ?? attribute[3] ?? attribute[4];
      attributes.set(attribute[1]!.toLowerCase(), value === undefined ? true : decodeEntities(value));
    }
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

const JS_SCRIPT_TYPES = new Set(["", "text/javascript", "module", "application/javascript"]);

/**
 * Where the app serves maplibre-gl's own build (lib/map/start/library-paths.ts). Pages do not preload
 * it (the map-start module asks for it once it knows the browser has WebGL); were one to, it would
 * still not count here: like the worker it belongs to the floor the issue defines (Next.js plus the
 * maplibre-gl files), not to what Sortie adds.
 */
export const MAP_LIBRARY_URL_PREFIX = "/maplibre/";

/**
 * The script URLs of the app a modern browser fetches on first load of a page, in document order,
 * each once: every `<script src>` of a JavaScript type except `nomodule` ones (legacy polyfills
 * that modern browsers skip), plus `<link rel="modulepreload">` and `<link rel="preload" as="script">`.
 * Inline scripts (Next's RSC payload) are part of the HTML, not of the JS figure.
 */
export function firstLoadScriptUrls(html: string): string[] {
  return allPreloadedScriptUrls(html).filter((url) => !isMapLibraryUrl(url));
}

function isMapLibraryUrl(url: string): boolean {
  return new URL(url, "http://localhost").pathname.startsWith(MAP_LIBRARY_URL_PREFIX);
}

function allPreloadedScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const { name, attributes } of scriptAndLinkTags(html)) {
    let url: string | undefined;
    if (name === "script") {
      const src = attributes.get("src");
      const type = attributes.get("type");
      if (typeof src !== "string" || attributes.has("nomodule")) continue;
      if (typeof type === "string" && !JS_SCRIPT_TYPES.has(type.trim().toLowerCase())) continue;
      url = src;
    } else {
      const rel = attributes.get("rel");
      const href = attributes.get("href");
      if (typeof rel !== "string" || typeof href !== "string") continue;
      const rels = rel.toLowerCase().split(/\s+/);
      if (rels.includes("modulepreload") || (rels.includes("preload") && attributes.get("as") === "script")) url = href;
    }
    if (url !== undefined && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** The path of a chunk URL inside a Next build folder: `/_next/static/x.js?dpl=1` → `<nextDir>/static/x.js`. */
export function nextChunkFile(nextDir: string, url: string): string {
  const pathname = new URL(url, "http://localhost").pathname;
  if (!pathname.startsWith("/_next/")) throw new Error(`${url} is not a Next.js build asset (/_next/...)`);
  return path.join(nextDir, decodeURIComponent(pathname.slice("/_next/".length)));
}

/**
 * The file a same-origin script URL is served from: a Next.js chunk from `nextDir`, anything else
 * (the map-start module) from `publicDir`, the folder served at the site's root.
 */
export function builtScriptFile(nextDir: string, publicDir: string, url: string): string {
  const parsed = new URL(url, "http://localhost");
  if (parsed.origin !== "http://localhost") throw new Error(`${url} is not served by the app`);
  return parsed.pathname.startsWith("/_next/") ? nextChunkFile(nextDir, url) : path.join(publicDir, decodeURIComponent(parsed.pathname));
}

export type ChunkSize = { url: string; file: string; bytes: number; gzipBytes: number; content: string };

/** Reads and gzips the first-load scripts of a prerendered page from a Next build folder and the public folder. */
export function firstLoadChunksOnDisk(html: string, nextDir: string, publicDir: string): ChunkSize[] {
  return firstLoadScriptUrls(html).map((url) => {
    const file = builtScriptFile(nextDir, publicDir, url);
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      throw new Error(`${url}, referenced by the page's HTML, is missing (${file}): rebuild with \`npm run build\``);
    }
    return { url, file, bytes: content.length, gzipBytes: gzipSize(content), content: content.toString("utf8") };
  });
}

/**
 * Strings from inside maplibre-gl's own code: its licence banner (when a bundler keeps it) and
 * messages minifiers cannot rename. The app's own code mentions "maplibre" (the worker URL, CSS
 * class names), so the plain word is not a signature.
 */
export const MAPLIBRE_SOURCE_SIGNATURES = ["MapLibre GL JS", "@license 3-Clause BSD", "Style is not done loading", "There is no source with this ID"] as const;

/** The module path bundlers (Turbopack, webpack) record beside maplibre-gl's code. */
export const MAPLIBRE_MODULE_PATH = "maplibre-gl/dist/maplibre-gl";

/** The signatures found in `text`. */
export function maplibreSignaturesIn(text: string, signatures: readonly string[]): string[] {
  return signatures.filter((signature) => text.includes(signature));
}

/**
 * A chunk this large cannot be app code: maplibre-gl is ~290 KB gzip, and one first-load chunk of
 * at least half that size is treated as the library having been pulled in whole.
 */
export function looksLikeMaplibreBySize(chunkGzipBytes: number, maplibreGzipBytes: number): boolean {
  return chunkGzipBytes >= maplibreGzipBytes / 2;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
