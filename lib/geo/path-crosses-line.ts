import { lineIntersect } from "@turf/turf";
import { lineString } from "@turf/helpers";
import type { Position } from "geojson";

/**
 * Whether a path crosses (or touches) a line, segment by segment on the plane of longitude and
 * latitude. Both must be drawn in the same longitudes (continuous over the antimeridian); over the
 * few hundred kilometres of a strait gate the plane and the sphere agree.
 */
export function pathCrossesLine(path: readonly Position[], line: readonly Position[]): boolean {
  if (path.length < 2 || line.length < 2) return false;
  return lineIntersect(lineString(path.map((position) => [...position])), lineString(line.map((position) => [...position]))).features.length > 0;
}
