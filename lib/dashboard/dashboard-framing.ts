import type { Bounds } from "@/lib/geo/bounds-of";
import { boundsOf } from "@/lib/geo/bounds-of";
import type { OverviewRoutes } from "./overview-routes";

/** Where the dashboard's map can look: its first view, every patrol, and each patrol by number. */
export type DashboardFraming = { start: Bounds; all: Bounds; patrols: Bounds[] };

const FALLBACK: Bounds = [120, 20, 150, 50];

/**
 * The first view frames the patrols of the region most of them were flown in (East Asia: ten of
 * eleven), not every patrol. Fitting everything, as kepler.gl does on load, let the one Bering Sea
 * patrol pull the frame out to Alaska and shrank the ten others to a corner; readers of the PLA
 * activity trackers around Taiwan and Japan expect the theatre where the flights concentrate,
 * framed tight. The outlier stays a click away: it is in the list (selecting it frames it) and
 * "Show all patrols" fits every patrol shown. `regions` are the events' basemap regions, by patrol number.
 */
export function dashboardFraming(routes: OverviewRoutes, regions: readonly string[]): DashboardFraming {
  const patrols = regions.map((_, patrol) => boundsOf(routes.features.filter((feature) => feature.properties.patrol === patrol).flatMap((feature) => feature.geometry.coordinates)) ?? FALLBACK);
  const all = unionOf(patrols) ?? FALLBACK;
  const counts = new Map<string, number>();
  for (const region of regions) counts.set(region, (counts.get(region) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const start = unionOf(patrols.filter((_, patrol) => regions[patrol] === main)) ?? all;
  return { start, all, patrols };
}

/** The box around every box; undefined for none. */
export function unionOf(boxes: readonly Bounds[]): Bounds | undefined {
  return boundsOf(boxes.flatMap(([west, south, east, north]) => [[west, south], [east, north]]));
}
