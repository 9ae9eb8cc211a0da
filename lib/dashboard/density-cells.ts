import { latLngToCell } from "h3-js";
import type { TimedPath } from "@/lib/geo/route-at-time";

/** H3 resolution 4: hexagons about 22 km a side, narrower than the Tsushima Strait's channels. */
export const DENSITY_RESOLUTION = 4;

import type { DensityCell } from "./visible-minutes";

/**
 * The minutes a timed path spends in each hexagon: each segment's duration goes to the cell of
 * its midpoint. Paths are densified along great circles first (lib/geo/densify-timed-path.ts,
 * 10 km steps), so a segment is shorter than a cell and the error is at most one cell's edge.
 */
export function minutesByCell(path: TimedPath, resolution = DENSITY_RESOLUTION): Map<string, number> {
  const cells = new Map<string, number>();
  const { coordinates, times } = path;
  for (let index = 1; index < Math.min(coordinates.length, times.length); index += 1) {
    const minutes = (times[index]! - times[index - 1]!) / 60_000;
    if (!(minutes > 0)) continue;
    const [startLongitude, startLatitude] = coordinates[index - 1]!;
    const [endLongitude, endLatitude] = coordinates[index]!;
    const cell = latLngToCell((startLatitude! + endLatitude!) / 2, (startLongitude! + endLongitude!) / 2, resolution);
    cells.set(cell, (cells.get(cell) ?? 0) + minutes);
  }
  return cells;
}

/** Every patrol's time binned into one set of cells, most-flown cell first. */
export function densityCells(patrols: readonly { index: number; paths: readonly TimedPath[] }[], resolution = DENSITY_RESOLUTION): DensityCell[] {
  const cells = new Map<string, DensityCell>();
  for (const patrol of patrols) {
    const own = new Map<string, number>();
    for (const path of patrol.paths) {
      for (const [cell, minutes] of minutesByCell(path, resolution)) own.set(cell, (own.get(cell) ?? 0) + minutes);
    }
    for (const [cell, minutes] of own) {
      const entry = cells.get(cell) ?? { cell, minutes: 0, patrols: [] };
      entry.minutes += minutes;
      entry.patrols.push([patrol.index, minutes]);
      cells.set(cell, entry);
    }
  }
  return [...cells.values()].sort((a, b) => b.minutes - a.minutes);
}
