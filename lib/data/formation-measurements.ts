import { closestApproach } from "@/lib/geo/closest-approach";
import { routeLengthKilometres } from "@/lib/geo/route-length";
import { formatClock, roundToFiveMinutes } from "@/lib/time/format-clock";
import { formatDuration } from "@/lib/time/format-duration";
import type { PlaybackFormation } from "@/lib/timeline/playback-model";
import type { EventBundle } from "./event-bundle";
import type { ZoneFile } from "./schema";

/** Places whose closest approach the panel reports, when the event has them. */
const LANDMARK_IDS = ["dokdo-takeshima", "tsushima-island", "okinawa-island"];

type Fact = { label: string; value: string };

/**
 * Measurements of a formation's drawn route: duration, average speed, time in each zone, closest
 * approach to the landmarks the story turns on. All come from the reconstruction, so each says so.
 */
export function formationMeasurements(
  formation: PlaybackFormation,
  bundle: EventBundle,
  zones: ZoneFile,
  timeInZones: Record<string, number>,
): Fact[] {
  const { offsetMinutes, label } = bundle.event.localTimeZone;
  const zoneLabel = label.split(" ")[0] ?? "local";
  const { coordinates, times } = formation.path;
  const duration = times[times.length - 1]! - times[0]!;
  const kilometres = routeLengthKilometres(coordinates);
  const facts: Fact[] = [
    { label: "Duration", value: `≈${formatDuration(duration)} drawn (${formatClock(times[0]!, offsetMinutes)}–${formatClock(times[times.length - 1]!, offsetMinutes)} ${zoneLabel}, times mostly estimated)` },
  ];
  if (duration > 0) facts.push({ label: "Average speed", value: `≈${Math.round(kilometres / (duration / 3_600_000) / 10) * 10} km/h over the drawn route` });
  for (const zone of zones.features) {
    const inside = timeInZones[`${formation.id}/${zone.properties.id}`] ?? 0;
    if (inside > 0) facts.push({ label: `In ${zone.properties.shortName}`, value: `≈${formatDuration(inside)} (computed from the drawn route)` });
  }
  for (const landmarkId of LANDMARK_IDS) {
    const place = bundle.places.features.find((candidate) => candidate.properties.id === landmarkId);
    if (!place) continue;
    const approach = closestApproach(formation.path, place.geometry.coordinates);
    if (!approach) continue;
    const distance = approach.kilometres < 10 ? "under 10 km" : `≈${Math.round(approach.kilometres / 10) * 10} km`;
    facts.push({ label: `Nearest ${place.properties.name}`, value: `${distance}, est. ${formatClock(roundToFiveMinutes(approach.time), offsetMinutes)} ${zoneLabel}` });
  }
  for (const moment of bundle.event.moments) {
    if (moment.kind !== "join" || !moment.formations.includes(formation.id)) continue;
    const others = moment.formations.filter((id) => id !== formation.id).map((id) => bundle.event.formations.find((candidate) => candidate.id === id)?.name ?? id);
    facts.push({
      label: "Joins",
      value: `${others.join(", ")} at ${moment.time.estimated ? "est. " : ""}${formatClock(Date.parse(moment.time.utc), offsetMinutes)} ${zoneLabel}`,
    });
  }
  return facts;
}
