import type { StraitGate } from "@/lib/data/load-straits";
import { pathCrossesLine } from "@/lib/geo/path-crosses-line";
import { greatCircleLine } from "@/lib/geo/great-circle-line";

/**
 * Whether any of a patrol's legs, drawn as great circles, crosses the strait's gate (a line from
 * coast to coast across it, in data/zones/straits.geojson). The panel's "crossed in N of M patrols"
 * is counted from this, over the patrols the filters show.
 */
export function crossesStrait(legs: readonly { coordinates: readonly [number, number][] }[], gate: StraitGate): boolean {
  return legs.some((leg) => pathCrossesLine(greatCircleLine(leg.coordinates, 10).coordinates, gate.geometry.coordinates));
}
