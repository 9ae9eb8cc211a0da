// The browser module that creates Sortie's map. scripts/copy-map-library.ts bundles it on its own
// into public/ (MAP_START_PATH), with `maplibre-gl` left as an import of the app's served copy, so
// it shares one maplibre-gl instance with the app. Never import it as a value from app code: that
// would bundle maplibre-gl into the page. The app reaches it through load-map-start.ts.
//
// Why a module of its own: the page asks for it as soon as the HTML arrives, so the landing page's
// map is created from the server's HTML while React is still hydrating, instead of after. On a
// slow machine that is over a second earlier, whether or not the link names a camera. The map is
// owned from creation by its controller (controller/map-controller.ts); the app takes the
// controller (takeMap), connects to it and updates it.
import type { StyleSpecification } from "maplibre-gl";
import { CJK_SAMPLE_TEXT } from "@/lib/fonts/cjk-fonts";
import { isLocale } from "@/lib/i18n/locales";
import { buildBasemapStyle } from "../style/basemap-style";
import { CUSTOM_BASEMAP_STYLE_URL } from "../style/basemap-style-url";
import { parseCamera } from "@/lib/url-state/camera";
import { addEventLayers } from "../layers/add-event-layers";
import { MapController, type DrawnContent } from "../controller/map-controller";
import { addSortieMapControls, sortieMapOptions } from "../controller/map-options";
import type { MapView } from "../controller/map-view";
import { createMapOrNull } from "./create-map-or-null";
import { eventIdOfMapContentPath, isEventMapContent, type EventMapContent } from "../content/event-map-content";
import { containerPadding } from "../controller/frame-padding";
import { LABEL_FONT, MAP_DRAWN_ATTRIBUTE, MAP_IDLE_ATTRIBUTE, MAP_NO_WEBGL_ATTRIBUTE, SOURCE_IDS } from "../ids";
import { hasWebGl2 } from "./has-webgl2";
import { MAP_LIBRARY_PATH, MAP_WORKER_PATH } from "./library-paths";
import { CAMERA_PARAMETER, MAP_START_ATTRIBUTE, MAP_WORDS_ATTRIBUTE, parseMapStart, parseMapWords, type MapStartOptions } from "./map-start-options";
import { MAX_PARAMETER_LENGTH } from "@/lib/url-state/limits";
import { laidOut } from "./laid-out";

export type MapStart = { status: "ready"; controller: MapController } | { status: "no-webgl" };

// Marks for the benchmark and for anyone profiling a load (performance.getEntriesByType("mark")).
performance.mark("sortie:map-start-module");
// Imported here rather than statically, so this module runs (and can tell a reader without WebGL
// why there is no map) before the 300 KB library is there. Not preloaded by the page: a reader
// without WebGL never downloads it (startMap), and Lighthouse's simulated load, which charges every
// request finished before the largest paint to that paint, no longer charges the library to the
// no-WebGL notice (median LCP on slow 4G, WebGL off: 4.9 s with the preload, 3.6 s without).
let library: Promise<typeof import("maplibre-gl")> | undefined;
function loadLibrary(): Promise<typeof import("maplibre-gl")> {
  library ??= import("maplibre-gl").then((maplibre) => {
    maplibre.setWorkerUrl(MAP_WORKER_PATH);
    // Starts the map's worker now, while the fonts and the layout are still awaited.
    maplibre.prewarm();
    return maplibre;
  });
  // A library that fails to load is reported when a map awaits it (startMap), not as unhandled here.
  library.catch(() => undefined);
  return library;
}

const started = new WeakMap<HTMLElement, Promise<MapStart>>();
const claimed = new WeakSet<HTMLElement>();

/** The map of `container`: the one already started from the server's HTML, or a new one. */
export function takeMap(container: HTMLElement, options: MapStartOptions): Promise<MapStart> {
  claimed.add(container);
  const early = started.get(container);
  // Taken once: a container rendered again (React's development double effects) gets a new map.
  started.delete(container);
  return early ?? startMap(container, options);
}

async function startMap(container: HTMLElement, { region, bounds, contentPath, camera }: MapStartOptions): Promise<MapStart> {
  // A worker that fails to load leaves MapLibre waiting forever: check that it can be fetched,
  // while the map is being created rather than before.
  const workerCheck = fetch(MAP_WORKER_PATH, { method: "HEAD" }).then(
    (response) => response.ok,
    () => false,
  );
  // At once, before the library, the fonts and the layout: the server-rendered notice shows itself
  // on the attribute, in the page's first paint when the module is there by then.
  // The library's download overlaps the check: with WebGL, the browser's first context takes its
  // GPU process start (about 0.8 s in SwiftShader), and the file (immutable) waits in the HTTP cache
  // for the import below. Without WebGL the check answers at once and the download is cancelled.
  const download = library ? undefined : new AbortController();
  if (download) fetch(MAP_LIBRARY_PATH, { signal: download.signal }).then((response) => response.arrayBuffer()).catch(() => undefined);
  if (!hasWebGl2()) {
    download?.abort();
    container.setAttribute(MAP_NO_WEBGL_ATTRIBUTE, "");
    return { status: "no-webgl" };
  }
  // Asked for only now, like the library: Lighthouse's simulated load charges every request that
  // finished before the largest paint to that paint, and a preload of this file (17 KB gzip on the
  // landing page) finished before the no-WebGL notice and made it late (median LCP on slow 4G,
  // WebGL off: 3.7 s with the preload, 2.0 s without). On localhost the map's idle does not move:
  // the file arrives while the library, the fonts and the layout are still awaited.
  const content = fetchContent(contentPath);
  // Settled by the controller; a map that is never taken over must not report it as unhandled.
  content.catch(() => undefined);
  // Before the fonts and the layout, so it compiles while they are awaited.
  const maplibreLoaded = loadLibrary();
  performance.mark("sortie:map-wait-layout");
  await Promise.all([
    document.fonts.load(`12px "${LABEL_FONT}"`),
    // On a Japanese, Korean or Chinese page, the label font's slices for that script too: the
    // canvas that draws labels would otherwise draw a fallback (or boxes) before they arrive.
    ...cjkSample().map((sample) => document.fonts.load(`12px "${LABEL_FONT}"`, sample)),
    // The framing depends on the container's size, known once the stylesheet has laid it out.
    laidOut(container),
  ]);
  // The theme as the <head> script set it before the first paint (lib/theme/theme.ts): the style
  // is built in it, so the map's first frame is drawn in the reader's theme.
  const theme = document.documentElement.dataset.theme === "dark" ? "dark" : "light";
  const maplibre = await maplibreLoaded;
  const words = parseMapWords(container.getAttribute(MAP_WORDS_ATTRIBUTE));
  const options = sortieMapOptions({
    container,
    style: CUSTOM_BASEMAP_STYLE_URL ?? withAttribution(buildBasemapStyle(region, theme), words.attribution),
    bounds,
    camera,
    padding: containerPadding(container),
    locale: words.controls,
  });
  // MapLibre throws GPUInitializationError when it gets no context all the same (a context with
  // the attributes it asks for can fail where the probe's did not).
  const map = createMapOrNull(() => new maplibre.Map(options), maplibre.GPUInitializationError);
  if (!map) return { status: "no-webgl" };
  performance.mark("sortie:map-created");
  // The style, not the map: "load" waits for the basemap's first complete frame, and adding the
  // event after it would tile and draw everything a second time. (The style is an object, so it
  // loads on a later frame, after this listener is in place.)
  const styleLoaded = new Promise<void>((resolve) => map.once("style.load", () => resolve()));
  addSortieMapControls(map, maplibre);
  if (!(await workerCheck)) {
    map.remove();
    throw new Error(`Map worker ${MAP_WORKER_PATH} could not be loaded`);
  }
  // The event is drawn as soon as both the style and its content are there, hydrated or not.
  const drawn: Promise<DrawnContent> = Promise.all([styleLoaded, content]).then(([, eventContent]) => {
    const layers = addEventLayers(map, eventContent);
    container.setAttribute(MAP_DRAWN_ATTRIBUTE, "");
    performance.mark("sortie:map-drawn");
    // Idle means the event is drawn, not only the basemap: the attribute is set from here on.
    map.on("idle", () => container.setAttribute(MAP_IDLE_ATTRIBUTE, "true"));
    map.on("movestart", () => container.removeAttribute(MAP_IDLE_ATTRIBUTE));
    return { content: eventContent, layers };
  });
  // The view until the app updates it: nothing selected, the theme the style was built in.
  const initialView: MapView = { theme, hiddenGroups: [], selection: { id: null, frame: false }, hovered: [], camera: { value: camera, origin: "url" }, time: null, imported: null };
  return { status: "ready", controller: new MapController(map, drawn, { initialView, customStyle: CUSTOM_BASEMAP_STYLE_URL !== undefined }) };
}

async function fetchContent(path: string): Promise<EventMapContent> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`Map content ${path}: HTTP ${response.status}`);
  const value: unknown = await response.json();
  const eventId = eventIdOfMapContentPath(path);
  if (eventId === null || !isEventMapContent(value, eventId)) throw new Error(`${path} is not the map content of event ${eventId ?? "?"}`);
  return value;
}

/**
 * Starts the map of the page as served, unless the app got there first; a link's camera (read
 * with the URL-state module's own rule) is where it starts, so every link gets the early map.
 */
function startFromServerHtml() {
  const container = document.querySelector<HTMLElement>(`[${MAP_START_ATTRIBUTE}]`);
  const options = container && parseMapStart(container.getAttribute(MAP_START_ATTRIBUTE));
  if (!container || !options || claimed.has(container)) return;
  const linked = new URLSearchParams(location.search).get(CAMERA_PARAMETER);
  const start = startMap(container, { ...options, camera: linked === null ? null : parseCamera(linked.slice(0, MAX_PARAMETER_LENGTH)) });
  // A failure is reported by the app, which awaits the same promise through takeMap.
  start.catch(() => undefined);
  started.set(container, start);
}

// The container is near the top of the page: usually parsed long before the rest of the document
// (Next.js streams its data after it), so start now rather than at DOMContentLoaded when it is there.
if (document.querySelector(`[${MAP_START_ATTRIBUTE}]`) || document.readyState !== "loading") startFromServerHtml();
else document.addEventListener("DOMContentLoaded", startFromServerHtml, { once: true });

function cjkSample(): string[] {
  const locale = document.documentElement.lang.split("-")[0];
  const sample = isLocale(locale) ? CJK_SAMPLE_TEXT[locale] : undefined;
  return sample ? [sample] : [];
}

/** The basemap's credit line in the page's language, where the page gave one. */
function withAttribution(style: StyleSpecification, attribution: string | null): StyleSpecification {
  const land = style.sources[SOURCE_IDS.land];
  if (attribution === null || land?.type !== "geojson") return style;
  return { ...style, sources: { ...style.sources, [SOURCE_IDS.land]: { ...land, attribution } } };
}
