import { length, lineString } from "@turf/turf";
import type { Position } from "geojson";

/** Great-circle length of a path in kilometres. */
export function routeLengthKilometres(positions: readonly Position[]): number {
  if (positions.length < 2) return 0;
  return length(lineString(positions.map((position) => [position[0]!, position[1]!])), { units: "kilometers" });
}

/** Kilometres to international nautical miles (exactly 1,852 m). */
export function kilometresToNauticalMiles(kilometres: number): number {
  return kilometres / 1.852;
}
