import type { Map as MapLibreMap } from "maplibre-gl";
import { roundCamera, type Camera } from "@/lib/url-state/camera";

/** The map's camera, rounded as a link writes it. */
export function cameraOf(map: Pick<MapLibreMap, "getCenter" | "getZoom" | "getBearing" | "getPitch">): Camera {
  const center = map.getCenter();
  return roundCamera({ zoom: map.getZoom(), latitude: center.lat, longitude: center.lng, bearing: map.getBearing(), pitch: map.getPitch() });
}

/**
 * Calls `settled` with the camera each time a move of the map ends, except the moveend MapLibre
 * fires at the end of a resize that interrupted no move: the camera is unchanged then, and the
 * page's first layout resizes the map. Written into the link, it gave the address a camera the reader
 * never chose (an event page gained map= when the window was resized), and a write deferred by
 * nuqs could land on the next page's address after a quick click (seen: the dashboard's camera on
 * /events/2024-07-24). A resize during a move fires no moveend of its own: the move's end is kept.
 */
export function onSettledMove(map: Pick<MapLibreMap, "on" | "isMoving" | "getCenter" | "getZoom" | "getBearing" | "getPitch">, settled: (camera: Camera) => void): void {
  let resized = false;
  map.on("resize", () => {
    resized = !map.isMoving();
  });
  map.on("moveend", () => {
    if (resized) {
      resized = false;
      return;
    }
    settled(cameraOf(map));
  });
}
