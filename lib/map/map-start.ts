// The browser module that creates Sortie's map. scripts/copy-map-library.ts bundles it on its own
// into public/ (MAP_START_PATH), with `maplibre-gl` left as an import of the app's served copy, so
// it shares one maplibre-gl instance with the app. Never import it as a value from app code: that
// would bundle maplibre-gl into the page. The app reaches it through load-map-start.ts.
//
// Why a module of its own: the page asks for it as soon as the HTML arrives, so the landing page's
// map is created from the server's HTML while React is still hydrating, instead of after. On a
// slow machine that is over a second earlier. The app then takes the map over (takeMap).
import * as maplibre from "maplibre-gl";
import type { ErrorEvent, Map as MapLibreMap, MapOptions } from "maplibre-gl";
import { addEventLayers, type PlaybackLayers } from "./add-event-layers";
import { applyBasemapTheme } from "./apply-basemap-theme";
import { buildBasemapStyle } from "./basemap-style";
import { CUSTOM_BASEMAP_STYLE_URL } from "./basemap-style-url";
import { createMapOrNull } from "./create-map-or-null";
import { eventIdOfMapContentPath, isEventMapContent, type EventMapContent } from "./event-map-content";
import { containerPadding } from "./frame-padding";
import { LABEL_FONT, MAP_DRAWN_ATTRIBUTE, MAP_IDLE_ATTRIBUTE } from "./ids";
import { MAP_WORKER_PATH } from "./library-paths";
import { CAMERA_PARAMETER, MAP_START_ATTRIBUTE, parseMapStart, type MapStartOptions } from "./map-start-options";

/** The event's content once it is on the map, with the playback layers the app drives. */
export type DrawnContent = { content: EventMapContent; layers: PlaybackLayers };

export type MapStart =
  | {
      status: "ready";
      map: MapLibreMap;
      /** Settles once the style has loaded and the event's content has been added to the map. */
      drawn: Promise<DrawnContent>;
      /** Stops recording and says what went wrong before the app took the map over. */
      handOver: () => { errors: ErrorEvent[] };
    }
  | { status: "no-webgl" };

// Marks for the benchmark and for anyone profiling a load (performance.getEntriesByType("mark")).
performance.mark("sortie:map-start-module");
maplibre.setWorkerUrl(MAP_WORKER_PATH);
// Starts the map's worker now, while the page is still loading.
maplibre.prewarm();

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
  // Asked for first: the page's preload link has usually fetched it already.
  const content = fetchContent(contentPath);
  // Settled by whoever awaits `drawn`; a map that is never taken over must not report it as unhandled.
  content.catch(() => undefined);
  // A worker that fails to load leaves MapLibre waiting forever: check that it can be fetched,
  // while the map is being created rather than before.
  const workerCheck = fetch(MAP_WORKER_PATH, { method: "HEAD" }).then(
    (response) => response.ok,
    () => false,
  );
  performance.mark("sortie:map-wait-layout");
  await Promise.all([
    document.fonts.load(`12px "${LABEL_FONT}"`),
    // The framing depends on the container's size, known once the stylesheet has laid it out.
    laidOut(container),
  ]);
  // The theme as the <head> script set it before the first paint (lib/theme/theme.ts): the map's
  // first frame is drawn in the reader's theme rather than light until the app repaints it.
  const theme = document.documentElement.dataset.theme === "dark" ? "dark" : "light";
  const options: MapOptions = {
    container,
    style: CUSTOM_BASEMAP_STYLE_URL ?? buildBasemapStyle(region, theme),
    // A link's camera wins over the event's default framing.
    ...(camera
      ? { center: [camera.longitude, camera.latitude] as [number, number], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
      : {
          bounds: [
            [bounds[0], bounds[1]],
            [bounds[2], bounds[3]],
          ] as [[number, number], [number, number]],
          fitBoundsOptions: { padding: containerPadding(container) },
        }),
    // No hard camera bounds: a tall phone screen must be able to zoom out far enough to see a
    // whole route; past the basemap's outer ring there is only open water and the graticule.
    minZoom: 1.5,
    attributionControl: { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
  };
  // No separate WebGL probe: a throwaway context costs as much as the map's own (over a second
  // in a software renderer). MapLibre throws GPUInitializationError when it gets none.
  const map = createMapOrNull(() => new maplibre.Map(options), maplibre.GPUInitializationError);
  if (!map) return { status: "no-webgl" };
  performance.mark("sortie:map-created");
  const errors: ErrorEvent[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(event);
  };
  map.on("error", onError);
  // The style, not the map: "load" waits for the basemap's first complete frame, and adding the
  // event after it would tile and draw everything a second time. (The style is an object, so it
  // loads on a later frame, after this listener is in place.)
  const styleLoaded = new Promise<void>((resolve) => map.once("style.load", () => resolve()));
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new maplibre.ScaleControl({ unit: "metric" }), "bottom-right");
  map.addControl(new maplibre.ScaleControl({ unit: "nautical" }), "bottom-right");
  if (!(await workerCheck)) {
    map.remove();
    throw new Error(`Map worker ${MAP_WORKER_PATH} could not be loaded`);
  }
  // The event is drawn as soon as both the style and its content are there, hydrated or not.
  const drawn = Promise.all([styleLoaded, content]).then(([, eventContent]) => {
    const layers = addEventLayers(map, eventContent);
    // The event's labels and halos too; a custom basemap style keeps its own colours.
    if (!CUSTOM_BASEMAP_STYLE_URL) applyBasemapTheme(map, theme);
    container.setAttribute(MAP_DRAWN_ATTRIBUTE, "");
    performance.mark("sortie:map-drawn");
    // Idle means the event is drawn, not only the basemap: the attribute is set from here on.
    map.on("idle", () => container.setAttribute(MAP_IDLE_ATTRIBUTE, "true"));
    map.on("movestart", () => container.removeAttribute(MAP_IDLE_ATTRIBUTE));
    return { content: eventContent, layers };
  });
  drawn.catch(() => undefined);
  return {
    status: "ready",
    map,
    drawn,
    handOver: () => {
      map.off("error", onError);
      return { errors };
    },
  };
}

async function fetchContent(path: string): Promise<EventMapContent> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`Map content ${path}: HTTP ${response.status}`);
  const value: unknown = await response.json();
  const eventId = eventIdOfMapContentPath(path);
  if (eventId === null || !isEventMapContent(value, eventId)) throw new Error(`${path} is not the map content of event ${eventId ?? "?"}`);
  return value;
}

function laidOut(container: HTMLElement): Promise<void> {
  // Usually already so: reading the size now saves waiting a frame for the observer.
  if (container.clientWidth > 0 && container.clientHeight > 0) return Promise.resolve();
  return new Promise((resolve) => {
    // Called once on observe() with the current size, then on every change.
    const observer = new ResizeObserver(() => {
      if (container.clientWidth === 0 || container.clientHeight === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container);
  });
}

/** Starts the map of the page as served, unless the app got there first or the link names a camera. */
function startFromServerHtml() {
  const container = document.querySelector<HTMLElement>(`[${MAP_START_ATTRIBUTE}]`);
  const options = container && parseMapStart(container.getAttribute(MAP_START_ATTRIBUTE));
  if (!container || !options || claimed.has(container) || new URLSearchParams(location.search).has(CAMERA_PARAMETER)) return;
  const start = startMap(container, { ...options, camera: null });
  // A failure is reported by the app, which awaits the same promise through takeMap.
  start.catch(() => undefined);
  started.set(container, start);
}

// The container is near the top of the page: usually parsed long before the rest of the document
// (Next.js streams its data after it), so start now rather than at DOMContentLoaded when it is there.
if (document.querySelector(`[${MAP_START_ATTRIBUTE}]`) || document.readyState !== "loading") startFromServerHtml();
else document.addEventListener("DOMContentLoaded", startFromServerHtml, { once: true });
