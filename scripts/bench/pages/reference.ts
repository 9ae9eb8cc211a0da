// The bare reference page: the same maplibre-gl build (the package's dist/maplibre-gl.mjs, loaded
// as an ES module), the same basemap files and styling, the same event layers and route data as
// the landing page, and nothing else: no React, no Next.js, no panel.
import * as maplibre from "maplibre-gl";
import { addEventLayers } from "@/lib/map/layers/add-event-layers";
import { containerPadding, FRAME_OBSTACLE_ATTRIBUTE } from "@/lib/map/controller/frame-padding";
import { buildBasemapStyle } from "@/lib/map/style/basemap-style";
import { addSortieMapControls, sortieMapOptions } from "@/lib/map/controller/map-options";
import { LABEL_FONT, MAP_IDLE_ATTRIBUTE } from "@/lib/map/ids";
import type { ReferenceData } from "../types";

const data = JSON.parse(document.getElementById("reference-data")!.textContent!) as ReferenceData;
const container = document.getElementById("map")!;
const query = new URLSearchParams(location.search);
// The same size as the app's map container, measured by the benchmark.
container.style.width = `${Number(query.get("w") ?? 1280)}px`;
container.style.height = `${Number(query.get("h") ?? 800)}px`;
// An empty stand-in for the app's timeline, as tall as it measured, so containerPadding frames alike.
const obstacleHeight = Number(query.get("obstacle") ?? 0);
if (obstacleHeight > 0) {
  const obstacle = document.createElement("div");
  obstacle.setAttribute(FRAME_OBSTACLE_ATTRIBUTE, "");
  obstacle.style.cssText = `position: absolute; left: 0; top: ${Number(query.get("h") ?? 800) - obstacleHeight}px; width: 100px; height: ${obstacleHeight}px; pointer-events: none`;
  document.body.append(obstacle);
}

async function start() {
  await document.fonts.load(`12px "${LABEL_FONT}"`);
  maplibre.setWorkerUrl("/vendor/maplibre-gl-worker.mjs");
  // The app's own map options and controls (lib/map/controller/map-options.ts), with the app's
  // framing padding for a container of this size (lib/map/controller/frame-padding.ts).
  const map = new maplibre.Map(
    sortieMapOptions({ container, style: buildBasemapStyle(data.region), bounds: data.bounds, camera: null, padding: containerPadding(container) }),
  );
  performance.mark("sortie:map-created");
  addSortieMapControls(map, maplibre);
  // The same function the app's map-start module calls, on the same content, when it does: once the style is loaded.
  map.once("style.load", () => {
    addEventLayers(map, data.content);
    // The same marks as the app's map-start module, for comparing the two loads phase by phase.
    performance.mark("sortie:map-drawn");
  });
  // The same signal the app gives: the benchmark waits for this attribute on both pages.
  map.on("idle", () => container.setAttribute(MAP_IDLE_ATTRIBUTE, "true"));
}

start().catch((error: unknown) => {
  console.error("reference map failed", error);
  document.body.setAttribute("data-bench-error", String(error));
});
