import { booleanPointInPolygon, point } from "@turf/turf";
import type { Polygon, Position } from "geojson";
import type { TimedPath } from "./route-at-time";

export type ZoneCrossing = { kind: "entry" | "exit"; time: number; position: Position };

/**
 * Entries into and exits from a zone along a timed path, with interpolated times. The path should
 * be densified first (densify-timed-path) so straight segments stand in for great circles. A path
 * that starts inside the zone has no entry for that stretch: it was already in.
 */
export function zoneCrossings(path: TimedPath, zone: Polygon): ZoneCrossing[] {
  const crossings: ZoneCrossing[] = [];
  const { coordinates, times } = path;
  const first = coordinates[0];
  if (!first) return crossings;
  let inside = isInside(first, zone);
  for (let index = 1; index < coordinates.length; index += 1) {
    const from = coordinates[index - 1]!;
    const to = coordinates[index]!;
    // Every boundary the segment meets flips inside/outside, in order along the segment.
    for (const fraction of boundaryFractions(from, to, zone)) {
      inside = !inside;
      crossings.push({
        kind: inside ? "entry" : "exit",
        time: times[index - 1]! + (times[index]! - times[index - 1]!) * fraction,
        position: [from[0]! + (to[0]! - from[0]!) * fraction, from[1]! + (to[1]! - from[1]!) * fraction],
      });
    }
    // Touching a vertex can count twice or not at all; the end point's own test settles it.
    const endInside = isInside(to, zone);
    if (endInside !== inside) {
      inside = endInside;
      crossings.push({ kind: inside ? "entry" : "exit", time: times[index]!, position: [to[0]!, to[1]!] });
    }
  }
  return crossings;
}

function isInside(position: Position, zone: Polygon): boolean {
  return booleanPointInPolygon(point([normalise(position[0]!), position[1]!]), zone);
}

/** Milliseconds spent inside the zone. */
export function timeInside(path: TimedPath, zone: Polygon): number {
  const crossings = zoneCrossings(path, zone);
  const first = path.coordinates[0];
  const startsInside = first !== undefined && isInside(first, zone);
  let total = 0;
  let enteredAt: number | undefined = startsInside ? path.times[0] : undefined;
  for (const crossing of crossings) {
    if (crossing.kind === "entry") enteredAt = crossing.time;
    else if (enteredAt !== undefined) {
      total += crossing.time - enteredAt;
      enteredAt = undefined;
    }
  }
  if (enteredAt !== undefined) total += path.times[path.times.length - 1]! - enteredAt;
  return total;
}

/** Fractions along from→to where it meets the zone's edges, in order, without repeats. */
function boundaryFractions(from: Position, to: Position, zone: Polygon): number[] {
  const fractions: number[] = [];
  for (const ring of zone.coordinates) {
    for (let index = 1; index < ring.length; index += 1) {
      const fraction = segmentIntersection(from, to, ring[index - 1]!, ring[index]!);
      if (fraction !== undefined && fraction > 0 && fraction < 1) fractions.push(fraction);
    }
  }
  fractions.sort((a, b) => a - b);
  return fractions.filter((fraction, index) => index === 0 || fraction - fractions[index - 1]! > 1e-9);
}

function segmentIntersection(a: Position, b: Position, c: Position, d: Position): number | undefined {
  const rx = b[0]! - a[0]!;
  const ry = b[1]! - a[1]!;
  const sx = d[0]! - c[0]!;
  const sy = d[1]! - c[1]!;
  const denominator = rx * sy - ry * sx;
  if (denominator === 0) return undefined;
  const t = ((c[0]! - a[0]!) * sy - (c[1]! - a[1]!) * sx) / denominator;
  const u = ((c[0]! - a[0]!) * ry - (c[1]! - a[1]!) * rx) / denominator;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : undefined;
}

function normalise(longitude: number): number {
  return ((((longitude + 180) % 360) + 360) % 360) - 180;
}
