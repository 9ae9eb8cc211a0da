import { distance, lineString, nearestPointOnLine, point } from "@turf/turf";
import type { Position } from "geojson";

/** `time` is absent when the path has no times: a time would then be invented. */
export type ClosestApproach = { kilometres: number; time: number | undefined; position: Position };

/**
 * Where a path comes nearest to a place, and when if the path has a time per vertex. The path
 * should be densified first (densify-timed-path, great-circle-line) so its straight segments
 * stand in for great circles.
 */
export function closestApproach(path: { coordinates: readonly Position[]; times?: readonly number[] }, place: Position): ClosestApproach | undefined {
  const { coordinates, times } = path;
  if (coordinates.length === 0) return undefined;
  const target = point([place[0]!, place[1]!]);
  if (coordinates.length === 1) {
    return { kilometres: distance(point([coordinates[0]![0]!, coordinates[0]![1]!]), target), time: times?.[0], position: [...coordinates[0]!] };
  }
  const nearest = nearestPointOnLine(lineString(coordinates.map((position) => [position[0]!, position[1]!])), target, { units: "kilometers" });
  const index = Math.min(nearest.properties.index, coordinates.length - 2);
  const from = coordinates[index]!;
  const to = coordinates[index + 1]!;
  const segmentLength = distance(point([from[0]!, from[1]!]), point([to[0]!, to[1]!]));
  const along = distance(point([from[0]!, from[1]!]), nearest);
  const fraction = segmentLength > 0 ? Math.min(1, along / segmentLength) : 0;
  return {
    kilometres: nearest.properties.dist,
    time: times ? times[index]! + (times[index + 1]! - times[index]!) * fraction : undefined,
    position: nearest.geometry.coordinates,
  };
}
