import { kilometresToNauticalMiles, routeLengthKilometres } from "@/lib/geo/route-length";
import { formatEventTime } from "@/lib/time/format-event-time";
import type { EventBundle } from "@/lib/data/event-bundle";
import type { EventIndex, ItemKind } from "@/lib/data/event-index";
import { formatDuration } from "@/lib/time/format-duration";
import { formationMeasurements } from "./formation-measurements";
import { estimatedShare, legMeasurements } from "./leg-measurements";
import type { LocalClock } from "./route-measurements";
import type { Confidence, Country, EventTime, MomentPosition, PlaceCollection, TrackFeature, ZoneFile } from "@/lib/data/schema";
import { SOURCED_PLACE_BASIS } from "@/lib/data/check-moment-positions";
import { ENGLISH_DETAIL_WORDS, type DetailWords } from "./detail-words";

export type LegSummary = { id: string; name: string; confidence: Confidence; distance: string; span: string | null };

/** What the panel shows for a selected item: plain strings, ready to render, no HTML; a fact may span lines, split by "\n". */
export type ItemDetails = {
  id: string;
  kind: ItemKind;
  title: string;
  country: Country | null;
  confidence: Confidence;
  facts: { label: string; value: string }[];
  note: string | null;
  legs: LegSummary[];
  sourceIds: string[];
};

/**
 * What the panel shows for every selectable item of an event, keyed by id: display strings built
 * from the data and the event index (lib/data/event-index.ts), whose relations and playback model
 * it reads rather than works out again.
 */
export function buildItemDetails(bundle: EventBundle, index: EventIndex, zones: ZoneFile, words: DetailWords = ENGLISH_DETAIL_WORDS): Record<string, ItemDetails> {
  const { event } = bundle;
  const zone = event.localTimeZone;
  const zoneLabel = zone.label.split(" ")[0] ?? "local";
  const clock: LocalClock = { offsetMinutes: zone.offsetMinutes, zoneLabel, words };
  const time = (value: EventTime) => {
    const formatted = formatEventTime(value, zone.offsetMinutes, zoneLabel, words.time);
    return `${formatted.qualifier ? `${formatted.qualifier} ` : ""}${formatted.local} (${formatted.utc})`;
  };
  const span = (track: TrackFeature) => {
    const times = track.properties.times.filter((entry): entry is EventTime => entry !== null);
    const first = times[0];
    const last = times[times.length - 1];
    if (!first || !last) return null;
    const estimated = estimatedShare(times);
    const local = (value: EventTime) => formatEventTime(value, zone.offsetMinutes, zoneLabel, words.time).local;
    return `${local(first)} – ${local(last)}${estimated === "all" ? words.spanEstimated : estimated === "some" ? words.spanPartlyEstimated : ""}`;
  };
  const legSummary = (track: TrackFeature): LegSummary => ({
    id: track.properties.id,
    name: track.properties.name,
    confidence: track.properties.confidence,
    distance: formatDistance(routeLengthKilometres(track.geometry.coordinates)),
    span: span(track),
  });
  const formationName = new Map(event.formations.map((formation) => [formation.id, formation.name]));
  const details: Record<string, ItemDetails> = {};

  for (const formation of event.formations) {
    // The formation's legs, as the index relates them.
    const legIds = new Set((index.items[formation.id]?.features ?? []).filter((feature) => feature.source === "tracks").map((feature) => feature.id));
    const legs = bundle.tracks.features.filter((track) => legIds.has(track.properties.id));
    const total = legs.reduce((sum, track) => sum + routeLengthKilometres(track.geometry.coordinates), 0);
    const played = index.playback.formations.find((candidate) => candidate.id === formation.id);
    details[formation.id] = {
      id: formation.id,
      kind: "formation",
      title: formation.name,
      country: formation.country,
      confidence: formation.confidence,
      facts: [
        { label: "Aircraft", value: formation.aircraft.map((aircraft) => (aircraft.count === null ? words.countNotReported(aircraft.type) : `${aircraft.count} × ${aircraft.type}`)).join(", ") },
        { label: "Drawn route", value: legs.length > 0 ? words.overLegs(formatDistance(total), legs.length) : words.noRoute },
        ...(played ? formationMeasurements(played, bundle, zones, clock) : []),
      ],
      note: formation.summary,
      legs: legs.map(legSummary),
      sourceIds: formation.sources,
    };
  }
  for (const track of bundle.tracks.features) {
    const { id, name, confidence, formation, note, sources } = track.properties;
    const country = event.formations.find((candidate) => candidate.id === formation)?.country ?? null;
    const spanText = span(track);
    details[id] = {
      id,
      kind: "leg",
      title: name,
      country,
      confidence,
      facts: [
        { label: "Formation", value: formationName.get(formation) ?? formation },
        { label: "Distance", value: formatDistance(routeLengthKilometres(track.geometry.coordinates)) },
        ...(spanText ? [{ label: "Time", value: spanText }] : []),
        ...legSpeed(track, words),
        ...legMeasurements(track, bundle.places, zones, clock),
      ],
      note: note ?? null,
      legs: [],
      sourceIds: sources,
    };
  }
  for (const response of bundle.responses.features) {
    const { id, name, confidence, country, base, met, aircraft, note, sources } = response.properties;
    const baseName = bundle.bases.features.find((candidate) => candidate.properties.id === base)?.properties.name ?? base;
    details[id] = {
      id,
      kind: "response",
      title: name,
      country,
      confidence,
      facts: [
        { label: "From", value: baseName },
        { label: "Aircraft", value: aircraft },
        { label: "Met", value: met.map((formation) => formationName.get(formation) ?? formation).join(", ") || words.notDocumented },
        { label: "Line length", value: formatDistance(routeLengthKilometres(response.geometry.coordinates)) },
      ],
      note: note ?? null,
      legs: [],
      sourceIds: sources,
    };
  }
  for (const base of bundle.bases.features) {
    const { id, name, confidence, country, operator, units, note, sources } = base.properties;
    details[id] = {
      id,
      kind: "base",
      title: name,
      country,
      confidence,
      facts: [
        { label: "Operator", value: operator },
        { label: "Units", value: units },
        { label: "Position", value: formatPosition(base.geometry.coordinates) },
      ],
      note: note ?? null,
      legs: [],
      sourceIds: sources,
    };
  }
  for (const place of bundle.places.features) {
    const { id, name, confidence, significance, note, sources } = place.properties;
    details[id] = {
      id,
      kind: "place",
      title: name,
      country: null,
      confidence,
      facts: [
        { label: "Why it matters", value: significance },
        { label: "Position", value: formatPosition(place.geometry.coordinates) },
      ],
      note: note ?? null,
      legs: [],
      sourceIds: sources,
    };
  }
  for (const moment of event.moments) {
    details[moment.id] = {
      id: moment.id,
      kind: "moment",
      title: moment.description,
      country: null,
      confidence: moment.confidence,
      facts: [
        { label: "Time", value: time(moment.time) },
        ...(moment.time.asReported ? [{ label: "As reported", value: moment.time.asReported }] : []),
        ...(moment.position ? [{ label: "Position", value: describeMomentPosition(moment.position, bundle.places, words) }] : []),
        ...(moment.formations.length > 0
          ? [{ label: "Formations", value: moment.formations.map((formation) => formationName.get(formation) ?? formation).join(", ") }]
          : []),
      ],
      note: null,
      legs: [],
      sourceIds: moment.sources,
    };
  }
  return details;
}

/** Duration and average speed of one leg, from its first and last vertex times. */
function legSpeed(track: TrackFeature, words: DetailWords): { label: string; value: string }[] {
  const times = track.properties.times.filter((entry): entry is EventTime => entry !== null).map((entry) => Date.parse(entry.utc));
  const duration = times.length > 1 ? times[times.length - 1]! - times[0]! : 0;
  if (duration <= 0) return [];
  const speed = routeLengthKilometres(track.geometry.coordinates) / (duration / 3_600_000);
  return [
    { label: "Duration", value: `≈${formatDuration(duration, words.time)}` },
    { label: "Average speed", value: `≈${Math.round(speed / 10) * 10} km/h` },
  ];
}

export function formatDistance(kilometres: number): string {
  const rounded = (value: number) => (value >= 100 ? Math.round(value / 10) * 10 : Math.round(value)).toLocaleString("en-GB");
  return `≈${rounded(kilometres)} km (${rounded(kilometresToNauticalMiles(kilometres))} nmi)`;
}

/** Where the dot comes from, and "position approximate" when nobody reported it. */
function describeMomentPosition(position: MomentPosition, places: PlaceCollection, words: DetailWords): string {
  const placeId = position.basis.startsWith(SOURCED_PLACE_BASIS) ? position.basis.slice(SOURCED_PLACE_BASIS.length) : null;
  const placeName = places.features.find((place) => place.properties.id === placeId)?.properties.name;
  const place = placeId === null ? position.basis : words.atPlace(placeName === undefined ? placeId : words.placeName(placeName));
  const where = `${formatPosition(position.coordinates)}, ${place}`;
  return position.confidence === "inferred" ? words.positionApproximate(where) : where;
}

function formatPosition(position: readonly number[]): string {
  const [longitude = 0, latitude = 0] = position;
  return `${Math.abs(latitude).toFixed(2)}°${latitude >= 0 ? "N" : "S"} ${Math.abs(longitude).toFixed(2)}°${longitude >= 0 ? "E" : "W"}`;
}
