import { routeLengthKilometres } from "@/lib/geo/route-length";
import { formatClock } from "@/lib/time/format-clock";
import { formatDuration } from "@/lib/time/format-duration";
import type { PlaybackFormation } from "@/lib/data/playback-model";
import type { EventBundle } from "@/lib/data/event-bundle";
import { landmarkApproachFact, zoneTimeFact, type Fact, type LocalClock } from "./route-measurements";
import type { ZoneFile } from "@/lib/data/schema";
import { ENGLISH_DETAIL_WORDS } from "./detail-words";

/**
 * Measurements of a formation's drawn route: duration, average speed, time in each zone, closest
 * approach to the landmarks the story turns on. All come from the reconstruction, so each says so.
 */
export function formationMeasurements(formation: PlaybackFormation, bundle: EventBundle, zones: ZoneFile, clock: LocalClock): Fact[] {
  const { offsetMinutes, zoneLabel } = clock;
  const words = clock.words ?? ENGLISH_DETAIL_WORDS;
  const { coordinates, times } = formation.path;
  const duration = times[times.length - 1]! - times[0]!;
  const kilometres = routeLengthKilometres(coordinates);
  const facts: Fact[] = [
    { label: "Duration", value: words.drawnDuration(formatDuration(duration, words.time), `${formatClock(times[0]!, offsetMinutes)}–${formatClock(times[times.length - 1]!, offsetMinutes)} ${zoneLabel}`) },
  ];
  if (duration > 0) facts.push({ label: "Average speed", value: words.speedOverRoute(String(Math.round(kilometres / (duration / 3_600_000) / 10) * 10)) });
  facts.push(zoneTimeFact(formation.path, zones, words.basisDrawn, words));
  const approach = landmarkApproachFact(formation.path, bundle.places, clock);
  if (approach) facts.push(approach);
  for (const moment of bundle.event.moments) {
    if (moment.kind !== "join" || !moment.formations.includes(formation.id)) continue;
    const others = moment.formations.filter((id) => id !== formation.id).map((id) => bundle.event.formations.find((candidate) => candidate.id === id)?.name ?? id);
    facts.push({
      label: "Joins",
      value: words.joinsAt(others.join(", "), `${moment.time.estimated ? `${words.time.estimated} ` : ""}${formatClock(Date.parse(moment.time.utc), offsetMinutes)} ${zoneLabel}`),
    });
  }
  return facts;
}
