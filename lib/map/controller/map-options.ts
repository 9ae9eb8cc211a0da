import type { MapOptions, Map as MapLibreMap, NavigationControl, ScaleControl, StyleSpecification } from "maplibre-gl";
import type { Bounds } from "@/lib/geo/bounds-of";
import type { Camera } from "@/lib/url-state/camera";
import type { FramePadding } from "./frame-padding";

/**
 * The map's options, in one place: the app's map-start module and the benchmark's bare reference
 * page (scripts/bench/pages/reference.ts) both create their map with these, so the benchmark
 * compares like with like.
 */
export function sortieMapOptions({
  container,
  style,
  bounds,
  camera,
  padding,
  locale = {},
}: {
  container: HTMLElement;
  style: StyleSpecification | string;
  bounds: Bounds;
  /** A link's camera wins over the event's default framing. */
  camera: Camera | null;
  padding: FramePadding;
  /** MapLibre's own control words in the page's language (lib/map/start/map-start-options.ts). */
  locale?: Record<string, string>;
}): MapOptions {
  return {
    container,
    style,
    locale,
    ...(camera
      ? { center: [camera.longitude, camera.latitude] as [number, number], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }
      : {
          bounds: [
            [bounds[0], bounds[1]],
            [bounds[2], bounds[3]],
          ] as [[number, number], [number, number]],
          fitBoundsOptions: { padding },
        }),
    // No hard camera bounds: a tall phone screen must be able to zoom out far enough to see a
    // whole route; past the basemap's outer ring there is only open water and the graticule.
    minZoom: 1.5,
    attributionControl: { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
  };
}

type ControlClasses = { NavigationControl: typeof NavigationControl; ScaleControl: typeof ScaleControl };

/** Zoom buttons and the two scale bars; the classes are passed in so this module never bundles maplibre-gl. */
export function addSortieMapControls(map: MapLibreMap, { NavigationControl: Navigation, ScaleControl: Scale }: ControlClasses): void {
  map.touchZoomRotate.disableRotation();
  map.addControl(new Navigation({ showCompass: false }), "top-right");
  map.addControl(new Scale({ unit: "metric" }), "bottom-right");
  map.addControl(new Scale({ unit: "nautical" }), "bottom-right");
}
