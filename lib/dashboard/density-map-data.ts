import { cellToBoundary } from "h3-js";
import type { FeatureCollection, Polygon } from "geojson";
import { longitudeInRegion } from "@/lib/basemap/regions";
import type { EventBundle } from "@/lib/data/event-bundle";
import { legTimedPath } from "@/lib/data/leg-timed-path";
import { densifyTimedPath } from "@/lib/geo/densify-timed-path";
import type { TimedPath } from "@/lib/geo/route-at-time";
import { densityCells } from "./density-cells";
import type { DensityCell } from "./visible-minutes";

/**
 * The density file (/map-data/patrol-density.json): one hexagon per cell any patrol flew through,
 * its feature id the cell's number, and beside the features each cell's minutes per patrol, so
 * the page can draw only the patrols its filters let through (as feature state, no new data).
 */
export type DensityMapData = FeatureCollection<Polygon, { minutes: number }> & { patrols: DensityCell["patrols"][] };

/** A leg's timed path at 10 km steps; legs without a time at every vertex count for nothing (no time is invented). */
export function timedPathsOf(bundle: EventBundle): TimedPath[] {
  return bundle.tracks.features.flatMap((track) => {
    const path = legTimedPath(track);
    return path ? [densifyTimedPath(path, 10)] : [];
  });
}

export function buildDensityMapData(patrols: readonly { index: number; paths: readonly TimedPath[] }[]): DensityMapData {
  const cells = densityCells(patrols);
  return {
    type: "FeatureCollection",
    features: cells.map((cell, index) => {
      // H3 gives longitudes within ±180: moved next to East Asia, as the routes are.
      const ring = cellToBoundary(cell.cell, true).map(([longitude, latitude]) => [Math.round(longitudeInRegion(longitude!, "east-asia") * 1000) / 1000, Math.round(latitude! * 1000) / 1000]);
      return { type: "Feature", id: index, properties: { minutes: Math.round(cell.minutes) }, geometry: { type: "Polygon", coordinates: [ring] } };
    }),
    patrols: cells.map((cell) => cell.patrols.map(([patrol, minutes]) => [patrol, Math.round(minutes * 10) / 10] as [number, number])),
  };
}
