import type { Position } from "geojson";
import { greatCircleLine } from "./great-circle-line";
import type { TimedPath } from "./route-at-time";

/**
 * Densifies a timed path along great circles, giving each new vertex a time in proportion to the
 * distance flown between the original vertices (constant speed within a leg).
 */
export function densifyTimedPath(path: TimedPath, kilometresPerStep = 25): TimedPath {
  const { coordinates, vertexIndices } = greatCircleLine(path.coordinates, kilometresPerStep);
  const times: number[] = new Array<number>(coordinates.length);
  for (let vertex = 0; vertex < vertexIndices.length; vertex += 1) {
    const denseIndex = vertexIndices[vertex]!;
    times[denseIndex] = path.times[vertex]!;
    if (vertex === 0) continue;
    const startIndex = vertexIndices[vertex - 1]!;
    const startTime = path.times[vertex - 1]!;
    const endTime = path.times[vertex]!;
    const cumulative = [0];
    for (let index = startIndex + 1; index <= denseIndex; index += 1) {
      cumulative.push(cumulative[cumulative.length - 1]! + planarDistance(coordinates[index - 1]!, coordinates[index]!));
    }
    const total = cumulative[cumulative.length - 1]!;
    for (let index = startIndex + 1; index < denseIndex; index += 1) {
      const fraction = total > 0 ? cumulative[index - startIndex]! / total : 0;
      times[index] = startTime + (endTime - startTime) * fraction;
    }
  }
  return { coordinates, times };
}

/** Good enough to share time out over the short steps of a densified great circle. */
function planarDistance(a: Position, b: Position): number {
  const latitude = ((a[1]! + b[1]!) / 2) * (Math.PI / 180);
  return Math.hypot((b[0]! - a[0]!) * Math.cos(latitude), b[1]! - a[1]!);
}
