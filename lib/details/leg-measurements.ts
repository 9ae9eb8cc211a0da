import { greatCircleLine } from "@/lib/geo/great-circle-line";
import { legTimedPath } from "@/lib/data/leg-timed-path";
import { landmarkApproachFact, zoneTimeFact, type Fact, type LocalClock } from "./route-measurements";
import type { EventTime, PlaceCollection, TrackFeature, ZoneFile } from "@/lib/data/schema";
import { ENGLISH_DETAIL_WORDS } from "./detail-words";

/**
 * Time in each zone and closest approach to the landmarks for one leg, measured the same way as
 * for a whole formation but along the leg's own path. The zone times say how rough they are (a
 * reconstructed route, times we estimated); the distances are rounded and marked "≈", and the
 * panel flags a reconstructed leg as approximate as a whole.
 */
export function legMeasurements(track: TrackFeature, places: PlaceCollection, zones: ZoneFile, clock: LocalClock): Fact[] {
  const path = legTimedPath(track);
  const reconstructed = track.properties.confidence === "inferred";
  const estimated = estimatedShare(track.properties.times);
  const words = clock.words ?? ENGLISH_DETAIL_WORDS;
  const basis = [
    reconstructed ? words.basisReconstructed : words.basisDrawn,
    ...(estimated === "none" ? [] : [estimated === "all" ? words.timesEstimated : words.timesPartlyEstimated]),
  ].join("; ");
  // Without times there is nothing to measure in time, but how near the route came still holds.
  const approach = landmarkApproachFact(path ?? { coordinates: greatCircleLine(track.geometry.coordinates).coordinates }, places, clock);
  return [...(path ? [zoneTimeFact(path, zones, basis, words)] : []), ...(approach ? [approach] : [])];
}

/** How many of a leg's known times we estimated rather than took from a source. */
export function estimatedShare(times: readonly (EventTime | null)[]): "none" | "some" | "all" {
  const known = times.filter((time): time is EventTime => time !== null);
  const estimated = known.filter((time) => time.estimated).length;
  if (estimated === 0) return "none";
  return estimated === known.length ? "all" : "some";
}
