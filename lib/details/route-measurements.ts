import { closestApproach } from "@/lib/geo/closest-approach";
import { kilometresToNauticalMiles } from "@/lib/geo/route-length";
import type { TimedPath } from "@/lib/geo/route-at-time";
import { timeInside } from "@/lib/geo/zone-crossings";
import { formatClock, roundToFiveMinutes } from "@/lib/time/format-clock";
import { formatDuration } from "@/lib/time/format-duration";
import type { PlaceCollection, ZoneFile } from "@/lib/data/schema";
import { ENGLISH_DETAIL_WORDS, type DetailWords } from "./detail-words";

export type Fact = { label: string; value: string };

/** The event's local clock, for the times the panel shows. */
export type LocalClock = { offsetMinutes: number; zoneLabel: string; words?: DetailWords };

/** Places whose closest approach the panel reports, when the event has them. */
const LANDMARK_IDS = ["dokdo-takeshima", "tsushima-island", "okinawa-island"];

/**
 * Time a route spent inside each zone it entered, one line per zone, with what it was computed
 * from said once: every figure is only as good as the route. A route that entered none still gets
 * the row, so the reader knows it was checked rather than left out.
 */
export function zoneTimeFact(path: TimedPath, zones: ZoneFile, basis: string, words: DetailWords = ENGLISH_DETAIL_WORDS): Fact {
  const lines = zones.features.flatMap((zone) => {
    const inside = timeInside(path, zone.geometry);
    return inside > 0 ? [`${zone.properties.shortName} ${approximately(inside, words)}`] : [];
  });
  return { label: "Time in ADIZs", value: lines.length > 0 ? [...lines, `(${basis})`].join("\n") : words.noneEntered(basis) };
}

/**
 * How near a route came to each landmark the event's places include, one line each, and when if
 * the route has times. The path should be densified along great circles first. A computed time is
 * never more than an estimate, so it is rounded and marked "est.". Null when the event has none of
 * the landmarks.
 */
export function landmarkApproachFact(path: { coordinates: TimedPath["coordinates"]; times?: TimedPath["times"] }, places: PlaceCollection, clock: LocalClock): Fact | null {
  const lines = LANDMARK_IDS.flatMap((landmarkId) => {
    const place = places.features.find((candidate) => candidate.properties.id === landmarkId);
    const approach = place && closestApproach(path, place.geometry.coordinates);
    if (!place || !approach) return [];
    const words = clock.words ?? ENGLISH_DETAIL_WORDS;
    const when = approach.time === undefined ? "" : `, ${words.time.estimated} ${formatClock(roundToFiveMinutes(approach.time), clock.offsetMinutes)} ${clock.zoneLabel}`;
    return [`${words.placeName(place.properties.name)}: ${formatApproachDistance(approach.kilometres, words)}${when}`];
  });
  return lines.length > 0 ? { label: "Closest approach", value: lines.join("\n") } : null;
}

/**
 * A closest approach to the nearest 10 km and 5 nmi: the routes are drawn from maps and
 * descriptions, never finer than that. Closer than 10 km is only "under 10 km".
 */
export function formatApproachDistance(kilometres: number, words: DetailWords = ENGLISH_DETAIL_WORDS): string {
  if (kilometres < 10) return words.underTen;
  const roundedKilometres = Math.round(kilometres / 10) * 10;
  const roundedNauticalMiles = Math.round(kilometresToNauticalMiles(kilometres) / 5) * 5;
  return `≈${roundedKilometres.toLocaleString("en-GB")} km (${roundedNauticalMiles.toLocaleString("en-GB")} nmi)`;
}

/** "≈35 mins", but "under 5 mins" already says it is not exact. */
function approximately(milliseconds: number, words: DetailWords): string {
  const duration = formatDuration(milliseconds, words.time);
  return milliseconds < 150_000 ? duration : `≈${duration}`;
}
