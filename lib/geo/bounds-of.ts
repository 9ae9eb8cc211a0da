import type { Position } from "geojson";

export type Bounds = [west: number, south: number, east: number, north: number];

/** Smallest box holding every position; undefined when there are none. */
export function boundsOf(positions: Iterable<Position>): Bounds | undefined {
  let bounds: Bounds | undefined;
  for (const position of positions) {
    const longitude = position[0]!;
    const latitude = position[1]!;
    bounds = bounds
      ? [Math.min(bounds[0], longitude), Math.min(bounds[1], latitude), Math.max(bounds[2], longitude), Math.max(bounds[3], latitude)]
      : [longitude, latitude, longitude, latitude];
  }
  return bounds;
}
