import { sameCoordinates, type Coordinates, type EventJson, type MomentJson, type TrackJson } from "./event-json";

type LineJson = { geometry: { coordinates: Coordinates[] } };
type PlaceJson = { geometry: { coordinates: Coordinates }; properties: { id: string } };

/**
 * Positions a source reported as a bearing and distance from a named place, checked by hand
 * against the moment's description. Every other position not at a named place is ours.
 */
const REPORTED: Record<string, string> = {
  "2019-07-23/h6-reenter-kadiz-south-of-ulleungdo": "reported: about 140 km (76 miles) south of Ulleungdo (JCS)",
  "2022-05-24/h6-enter-kadiz-nw-of-ieodo": "reported: 126 km north-west of Ieodo / Socotra Rock (JCS)",
  "2022-11-30/h6-enter-kadiz-nw-of-ieodo": "reported: 126 km north-west of Ieodo / Socotra Rock (JCS)",
  "2022-11-30/midday-kadiz-entry": "reported: 200 km north-east of Ulleungdo (JCS)",
};

const UNREPORTED_BASIS_ON_ROUTE = "interpolated on the reconstructed route";
const UNREPORTED_BASIS_OFF_ROUTE = "placed by us near the places the sources name; nobody reported it";

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/**
 * Turns each moment's `location` into `position` with its own confidence and basis, and rounds a
 * position nobody reported to 0.01°, moving track and scramble vertices that sat on it along with
 * it. Returns one line per moment whose position was made approximate, for the revision entry.
 */
export function migratePositions(event: EventJson, tracks: { features: TrackJson[] }, responses: { features: LineJson[] }, places: { features: PlaceJson[] }): string[] {
  const changed: string[] = [];
  event.moments = event.moments.map((moment) => {
    const { location, ...rest } = moment;
    const position = moment.position ?? (location ? classify(event.id, moment, location, tracks, places) : undefined);
    if (!position) return moment;
    // A reported bearing and distance ("126 km north-west of ...") is no more precise than 0.01° either.
    if (!position.basis.startsWith("sourced place ")) {
      const rounded = position.coordinates.map((value) => roundTo(value, 2));
      if (!sameCoordinates(rounded, position.coordinates)) {
        for (const line of [...tracks.features, ...responses.features]) {
          line.geometry.coordinates = line.geometry.coordinates.map((vertex) => (sameCoordinates(vertex, position.coordinates) ? [...rounded, ...vertex.slice(2)] : vertex));
        }
        changed.push(`${moment.id} [${position.coordinates.join(", ")}] → [${rounded.join(", ")}]`);
        position.coordinates = rounded;
      } else if (location && position.confidence === "inferred") {
        changed.push(`${moment.id} (now marked approximate)`);
      }
    }
    // Keep the field where `location` was, so the file's diff stays readable.
    const entries = Object.entries(location ? moment : rest).map(([key, value]) => (key === "location" ? ["position", position] : [key, value]));
    return Object.fromEntries(entries) as MomentJson;
  });
  return changed;
}

function classify(eventId: string, moment: MomentJson, location: Coordinates, tracks: { features: TrackJson[] }, places: { features: PlaceJson[] }) {
  const place = places.features.find((candidate) => sameCoordinates(candidate.geometry.coordinates, location));
  if (place) return { coordinates: location, confidence: moment.confidence, basis: `sourced place ${place.properties.id}` };
  const reported = REPORTED[`${eventId}/${moment.id}`];
  if (reported) return { coordinates: location, confidence: "reported", basis: reported };
  const onRoute = tracks.features.some((track) => track.geometry.coordinates.some((vertex) => sameCoordinates(vertex, location)));
  return { coordinates: location, confidence: "inferred", basis: onRoute ? UNREPORTED_BASIS_ON_ROUTE : UNREPORTED_BASIS_OFF_ROUTE };
}
