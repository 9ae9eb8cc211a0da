// The dashboard's map alone (lib/map/overview, the same module the app's map-start bundle
// exports), on a routes file the scale bench names: the real eleven patrols or a thousand
// synthetic ones. No React, no list: what grows with the number of patrols is the map's part.
import type { Bounds } from "@/lib/geo/bounds-of";
import { MAP_IDLE_ATTRIBUTE } from "@/lib/map/ids";
import type { OverviewController } from "@/lib/map/overview/overview-controller";
import { startOverviewMap } from "@/lib/map/overview/start-overview-map";
import type { OverviewView } from "@/lib/map/overview/overview-view";

declare global {
  interface Window {
    __benchIdleAt?: number;
    __benchFilter?: (visible: number[] | null) => Promise<{ syncMs: number; untilIdleMs: number }>;
  }
}

const query = new URLSearchParams(location.search);
const container = document.getElementById("map")!;
container.style.width = `${Number(query.get("w") ?? 860)}px`;
container.style.height = `${Number(query.get("h") ?? 560)}px`;
const view: OverviewView = { theme: "light", colourBy: "year", mode: "routes", visible: null, hovered: null, selected: null, frame: null };

new MutationObserver((_, observer) => {
  if (!container.hasAttribute(MAP_IDLE_ATTRIBUTE)) return;
  window.__benchIdleAt = performance.now();
  observer.disconnect();
}).observe(container, { attributes: true, attributeFilter: [MAP_IDLE_ATTRIBUTE] });

async function start() {
  const bounds = JSON.parse(query.get("bounds") ?? "[120, 20, 200, 70]") as Bounds;
  const started = await startOverviewMap(container, { bounds, routesPath: query.get("routes")!, densityPath: "/no-density.json", patrolCount: Number(query.get("patrols")), view });
  if (started.status !== "ready") throw new Error("no WebGL");
  const controller: OverviewController = started.controller;
  window.__benchFilter = (visible) => {
    const began = performance.now();
    const idle = new Promise<void>((resolve) => controller.map.once("idle", () => resolve()));
    controller.update({ ...view, visible });
    const syncMs = performance.now() - began;
    return idle.then(() => ({ syncMs, untilIdleMs: performance.now() - began }));
  };
}

start().catch((error: unknown) => {
  console.error("dashboard bench map failed", error);
  document.body.setAttribute("data-bench-error", String(error));
});
