import { greatCircle } from "@turf/great-circle";
import { point } from "@turf/helpers";
import type { Position } from "geojson";

/**
 * Densifies a path so each segment follows the great circle between its ends, as aircraft fly,
 * rather than a straight line on the Mercator plane. Longitudes are kept continuous (they may run
 * past ±180) so a route over the antimeridian draws as one line instead of wrapping the world.
 * Returns new positions; the input is not changed. Each output vertex that was an input vertex is
 * listed in `vertexIndices`, so per-vertex data (times) can be matched to the dense line.
 */
export function greatCircleLine(
  positions: readonly Position[],
  kilometresPerStep = 25,
): { coordinates: Position[]; vertexIndices: number[] } {
  const first = positions[0];
  if (first === undefined) return { coordinates: [], vertexIndices: [] };
  const coordinates: Position[] = [[first[0]!, first[1]!]];
  const vertexIndices = [0];
  for (let index = 1; index < positions.length; index += 1) {
    const start = positions[index - 1]!;
    const end = positions[index]!;
    for (const position of segment(start, end, kilometresPerStep).slice(1)) {
      coordinates.push(continueLongitude(coordinates[coordinates.length - 1]!, position));
    }
    vertexIndices.push(coordinates.length - 1);
  }
  return { coordinates, vertexIndices };
}

function segment(start: Position, end: Position, kilometresPerStep: number): Position[] {
  const distance = haversineKilometres(start, end);
  const steps = Math.ceil(distance / kilometresPerStep);
  if (steps <= 1) return [start, end];
  const line = greatCircle(point([start[0]!, start[1]!]), point([end[0]!, end[1]!]), { npoints: steps + 1 });
  // turf splits a line that crosses the antimeridian in two; joined back, continuity is restored below.
  const parts = line.geometry.type === "LineString" ? [line.geometry.coordinates] : line.geometry.coordinates;
  const points = parts.flat();
  // Pin the ends to the exact inputs so joins between legs stay exact.
  return [start, ...points.slice(1, -1), end];
}

function continueLongitude(previous: Position, next: Position): Position {
  let longitude = next[0]!;
  while (longitude - previous[0]! > 180) longitude -= 360;
  while (longitude - previous[0]! < -180) longitude += 360;
  return [longitude, next[1]!];
}

function haversineKilometres(a: Position, b: Position): number {
  const radians = Math.PI / 180;
  const deltaLatitude = (b[1]! - a[1]!) * radians;
  const deltaLongitude = (b[0]! - a[0]!) * radians;
  const h =
    Math.sin(deltaLatitude / 2) ** 2 +
    Math.cos(a[1]! * radians) * Math.cos(b[1]! * radians) * Math.sin(deltaLongitude / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
