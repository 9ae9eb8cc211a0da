import type { DataProblem } from "./data-error";
import type { EventBundle } from "./event-bundle";

export const SOURCED_PLACE_BASIS = "sourced place ";
export const REPORTED_BASIS = "reported";
/** Decimal places a position nobody reported may keep: 0.01° is about a kilometre. */
export const UNREPORTED_POSITION_DECIMALS = 2;

/**
 * Checks that a moment's position claims no more than its basis allows. A position taken from a
 * named place must be that place, at its coordinates; one a source reported (a bearing and distance)
 * may be "reported" or "confirmed"; every other position is our own and must be "inferred" and
 * stored to at most 0.01°, so the map never draws a guess as if someone had reported it.
 */
export function checkMomentPositions(folder: string, bundle: EventBundle): DataProblem[] {
  const file = `${folder}/event.json`;
  const places = new Map(bundle.places.features.map((place) => [place.properties.id, place.geometry.coordinates]));
  const problems: DataProblem[] = [];
  for (const moment of bundle.event.moments) {
    const position = moment.position;
    if (!position) continue;
    const problem = (field: string, message: string) => problems.push({ file, feature: moment.id, field: `position.${field}`, message });
    const [longitude = 0, latitude = 0] = position.coordinates;
    if (position.basis.startsWith(SOURCED_PLACE_BASIS)) {
      const placeId = position.basis.slice(SOURCED_PLACE_BASIS.length);
      const place = places.get(placeId);
      if (!place) problem("basis", `names place "${placeId}", which is not in places.geojson`);
      else if (place[0] !== longitude || place[1] !== latitude) {
        problem("coordinates", `[${longitude}, ${latitude}] is not the coordinates of place "${placeId}" [${place[0]}, ${place[1]}]`);
      }
    } else if (!position.basis.startsWith(REPORTED_BASIS) && position.confidence !== "inferred") {
      problem("confidence", `is "${position.confidence}" but the basis ("${position.basis}") is neither a sourced place nor a reported position; nobody reported it, so it is "inferred"`);
    }
    if (position.confidence === "inferred" && !position.basis.startsWith(SOURCED_PLACE_BASIS)) {
      const tooPrecise = [longitude, latitude].some((value) => !hasAtMostDecimals(value, UNREPORTED_POSITION_DECIMALS));
      if (tooPrecise) {
        problem("coordinates", `[${longitude}, ${latitude}] has more precision than anyone reported; round an inferred position to ${UNREPORTED_POSITION_DECIMALS} decimals (0.01°)`);
      }
    }
  }
  return problems;
}

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}
