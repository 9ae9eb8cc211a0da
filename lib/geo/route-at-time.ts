import { bearing } from "@turf/bearing";
import { point } from "@turf/helpers";
import type { Position } from "geojson";

/** A path with one time (milliseconds since the epoch) per vertex, times not decreasing. */
export type TimedPath = { coordinates: readonly Position[]; times: readonly number[] };

export type RouteState = { position: Position; heading: number; vertexIndex: number };

/**
 * Where an aircraft on `path` is at `time`, and which way it is heading (degrees clockwise from
 * north). Null before the first time and after the last: the map shows no aircraft then rather than
 * inventing one. Between vertices the position moves along the great circle at constant speed.
 */
export function routeAtTime(path: TimedPath, time: number): RouteState | null {
  const { coordinates, times } = path;
  const count = Math.min(coordinates.length, times.length);
  if (count === 0 || time < times[0]! || time > times[count - 1]!) return null;
  // Binary search for the segment [index, index + 1] that holds `time`.
  let low = 0;
  let high = count - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (times[middle]! <= time) low = middle;
    else high = middle;
  }
  if (count === 1) return { position: [...coordinates[0]!], heading: 0, vertexIndex: 0 };
  const start = coordinates[low]!;
  const end = coordinates[high]!;
  const span = times[high]! - times[low]!;
  const fraction = span > 0 ? (time - times[low]!) / span : 0;
  return { position: interpolateGreatCircle(start, end, fraction), heading: headingOf(path, low), vertexIndex: low };
}

/** Heading of segment `index`, or of the nearest segment with length when it has none. */
function headingOf(path: TimedPath, index: number): number {
  const { coordinates } = path;
  for (let offset = 0; offset < coordinates.length; offset += 1) {
    for (const candidate of [index + offset, index - offset]) {
      const from = coordinates[candidate];
      const to = coordinates[candidate + 1];
      if (from && to && (from[0] !== to[0] || from[1] !== to[1])) {
        return (bearing(point([from[0]!, from[1]!]), point([to[0]!, to[1]!])) + 360) % 360;
      }
    }
  }
  return 0;
}

function interpolateGreatCircle(start: Position, end: Position, fraction: number): Position {
  if (fraction <= 0) return [start[0]!, start[1]!];
  if (fraction >= 1) return [end[0]!, end[1]!];
  const radians = Math.PI / 180;
  const [longitude1, latitude1] = [start[0]! * radians, start[1]! * radians];
  const [longitude2, latitude2] = [end[0]! * radians, end[1]! * radians];
  const toVector = (longitude: number, latitude: number) => [Math.cos(latitude) * Math.cos(longitude), Math.cos(latitude) * Math.sin(longitude), Math.sin(latitude)];
  const a = toVector(longitude1, latitude1);
  const b = toVector(longitude2, latitude2);
  const dot = Math.min(1, Math.max(-1, a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!));
  const angle = Math.acos(dot);
  if (angle < 1e-12) return [start[0]!, start[1]!];
  const weightA = Math.sin((1 - fraction) * angle) / Math.sin(angle);
  const weightB = Math.sin(fraction * angle) / Math.sin(angle);
  const [x, y, z] = [0, 1, 2].map((axis) => weightA * a[axis]! + weightB * b[axis]!) as [number, number, number];
  let longitude = Math.atan2(y, x) / radians;
  const latitude = Math.atan2(z, Math.hypot(x, y)) / radians;
  // Keep the longitude on the same side of the antimeridian as the segment's start (unwrapped paths).
  while (longitude - start[0]! > 180) longitude -= 360;
  while (longitude - start[0]! < -180) longitude += 360;
  return [longitude, latitude];
}
