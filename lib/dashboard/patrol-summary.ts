import type { EventBundle } from "@/lib/data/event-bundle";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { bomberCounts } from "./bomber-counts";

export const DOCUMENTATION_LEVELS = ["very good", "good", "weak"] as const;
export type DocumentationLevel = (typeof DOCUMENTATION_LEVELS)[number];

/** Countries whose responses the data records as structured features (responses.geojson). */
export const RESPONDERS = ["japan", "south-korea"] as const;
export type Responder = (typeof RESPONDERS)[number];

/** A sea or ocean a patrol's places name, by its place id, with its name as the data has it (paired names kept). */
export type Region = { id: string; name: string };

/**
 * What the dashboard shows of one patrol: the list's text, the filters' facts and the summary's.
 * Built on the server from the event's files; the map's routes are a separate file
 * (app/map-data/patrols.json) so none of this repeats geometry.
 */
export type PatrolSummary = {
  id: string;
  /** The patrol's number in the routes file, oldest first: the map's feature-state id. */
  index: number;
  date: string;
  year: number;
  title: string;
  href: string;
  /** "4 × H-6K + 2 × Tu-95MS", counts as reported and summed per type ("?" where not reported). */
  bombers: string;
  /** The bomber types as the sources name them, without qualifiers such as "(presumed)". */
  bomberTypes: string[];
  regions: Region[];
  documentation: DocumentationLevel;
  responders: Responder[];
  /** Whether any route crosses the Tsushima Strait's gate (lib/dashboard/strait-crossings.ts). */
  crossesTsushimaStrait: boolean;
};

/** "H-6K (per secondary columns)" → "H-6K": the qualifier says how sure the source is, not a different type. */
export function bomberType(type: string): string {
  return type.replace(/\s*\(.*\)\s*$/, "").trim();
}

export function summarisePatrol(bundle: EventBundle, index: number, crossesTsushimaStrait: boolean): PatrolSummary {
  const { event } = bundle;
  const bombers = event.formations.flatMap((formation) => formation.aircraft).filter((aircraft) => aircraft.role === "bomber");
  const regions = bundle.places.features
    .filter((place) => place.properties.kind === "sea")
    .map((place) => ({ id: place.properties.id, name: place.properties.name }));
  const responders = RESPONDERS.filter((country) => bundle.responses.features.some((response) => response.properties.country === country));
  return {
    id: event.id,
    index,
    date: event.date,
    year: Number(event.date.slice(0, 4)),
    title: event.title,
    href: event.id === LANDING_EVENT_ID ? "/" : `/events/${event.id}`,
    bombers: bomberCounts(bombers),
    bomberTypes: [...new Set(bombers.map((aircraft) => bomberType(aircraft.type)))],
    regions,
    documentation: event.documentation,
    responders,
    crossesTsushimaStrait,
  };
}
