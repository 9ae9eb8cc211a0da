import type { Position } from "geojson";
import { boundsOf, type Bounds } from "@/lib/geo/bounds-of";
import { greatCircleLine } from "@/lib/geo/great-circle-line";
import { DataError } from "./data-error";
import type { EventBundle } from "./event-bundle";
import { computeEventZoneCrossings, type EventZoneCrossing } from "./event-zone-crossings";
import { buildPlaybackModel, type PlaybackModel } from "./playback-model";
import type { ZoneFile } from "./schema";
import { zoneVocabulary, type ZoneTerm } from "./zone-vocabulary";

export type ItemKind = "formation" | "leg" | "response" | "base" | "place" | "moment";

/** The map sources an item's features live in; the same names as the map's source ids (lib/map/ids.ts). */
export type FeatureSource = "tracks" | "responses" | "bases" | "places" | "moments";
export type FeatureReference = { source: FeatureSource; id: string };

/** One selectable item and everything the views need to know about how it relates to the rest. */
export type IndexItem = {
  id: string;
  kind: ItemKind;
  /** The formations it involves, lit up with it in every view: a formation is itself, a leg its formation, a moment those it names. */
  formations: string[];
  /** The map features selecting it lights up: a formation all its legs, a base its scrambles too. */
  features: FeatureReference[];
  /** Where the camera frames it (west, south, east, north), or null when it has nothing on the map. */
  bounds: Bounds | null;
  /** What a click on its own map feature selects: a route stands for its whole formation. */
  pickedAs: string;
  /** The zones it is about, by id: the zone a reported entry or exit names, the zones a route crosses. */
  zones: string[];
};

/**
 * Every relation of one event, computed once on the server: the single source the map, the panel
 * (lib/details builds its display strings from it) and the timeline read. The map's part ships in
 * the event's map-content file (lib/map/content/event-map-content.ts).
 */
export type EventIndex = {
  eventId: string;
  items: Record<string, IndexItem>;
  zones: ZoneTerm[];
  playback: PlaybackModel;
  crossings: EventZoneCrossing[];
};

const EVENT_FILE = (eventId: string) => `data/events/${eventId}/event.json`;

export function buildEventIndex(bundle: EventBundle, zones: ZoneFile): EventIndex {
  const { event } = bundle;
  const vocabulary = zoneVocabulary(zones);
  const knownZones = new Set(vocabulary.map((term) => term.id));
  const unknown = event.moments.filter((moment) => moment.zone !== undefined && !knownZones.has(moment.zone));
  if (unknown.length > 0) {
    throw new DataError(unknown.map((moment) => ({ file: EVENT_FILE(event.id), feature: moment.id, field: "zone", message: `unknown zone id "${moment.zone}"` })));
  }
  const playback = buildPlaybackModel(bundle);
  const crossings = computeEventZoneCrossings(playback, zones);
  const crossed = (formationIds: readonly string[]) => [...new Set(crossings.filter((crossing) => formationIds.includes(crossing.formation)).map((crossing) => crossing.zone))];
  const items: Record<string, IndexItem> = {};
  const add = (item: Omit<IndexItem, "bounds">, positions: Position[]) => {
    items[item.id] = { ...item, bounds: boundsOf(positions) ?? null };
  };
  // Drawn as great circles, so framed on them: a long leg bulges poleward of its vertices.
  const drawn = (coordinates: Position[]) => greatCircleLine(coordinates).coordinates;

  for (const formation of event.formations) {
    const legs = bundle.tracks.features.filter((track) => track.properties.formation === formation.id);
    add(
      {
        id: formation.id,
        kind: "formation",
        formations: [formation.id],
        features: legs.map((track) => ({ source: "tracks", id: track.properties.id })),
        pickedAs: formation.id,
        zones: crossed([formation.id]),
      },
      legs.flatMap((track) => drawn(track.geometry.coordinates)),
    );
  }
  for (const track of bundle.tracks.features) {
    const { id, formation } = track.properties;
    add({ id, kind: "leg", formations: [formation], features: [{ source: "tracks", id }], pickedAs: formation, zones: crossed([formation]) }, drawn(track.geometry.coordinates));
  }
  for (const response of bundle.responses.features) {
    const { id, base } = response.properties;
    const basePoint = bundle.bases.features.find((candidate) => candidate.properties.id === base);
    add(
      {
        id,
        kind: "response",
        // The formations it met are in its details; pointing at a scramble lights up only itself and its base.
        formations: [],
        features: [{ source: "responses", id }, ...(basePoint ? [{ source: "bases" as const, id: base }] : [])],
        pickedAs: id,
        zones: [],
      },
      [...drawn(response.geometry.coordinates), ...(basePoint ? [basePoint.geometry.coordinates] : [])],
    );
  }
  for (const base of bundle.bases.features) {
    const { id } = base.properties;
    const scrambles = bundle.responses.features.filter((response) => response.properties.base === id);
    add(
      {
        id,
        kind: "base",
        formations: [],
        features: [{ source: "bases", id }, ...scrambles.map((response) => ({ source: "responses" as const, id: response.properties.id }))],
        pickedAs: id,
        zones: [],
      },
      [base.geometry.coordinates, ...scrambles.flatMap((response) => drawn(response.geometry.coordinates))],
    );
  }
  for (const place of bundle.places.features) {
    const { id } = place.properties;
    add({ id, kind: "place", formations: [], features: [{ source: "places", id }], pickedAs: id, zones: [] }, [place.geometry.coordinates]);
  }
  for (const moment of event.moments) {
    add(
      {
        id: moment.id,
        kind: "moment",
        formations: [...moment.formations],
        features: moment.position ? [{ source: "moments", id: moment.id }] : [],
        pickedAs: moment.id,
        zones: moment.zone === undefined ? [] : [moment.zone],
      },
      moment.position ? [moment.position.coordinates] : [],
    );
  }
  return { eventId: event.id, items, zones: vocabulary, playback, crossings };
}

const built = new Map<string, EventIndex>();

/**
 * The event's index, built on first use and kept for the process in a production build, where the
 * page and its map-content file are prerendered from a data/ that does not change under it. In
 * development it is built afresh, so an edited data file shows on reload.
 */
export function eventIndexOf(bundle: EventBundle, zones: ZoneFile): EventIndex {
  if (process.env.NODE_ENV !== "production") return buildEventIndex(bundle, zones);
  const cached = built.get(bundle.event.id);
  if (cached) return cached;
  const index = buildEventIndex(bundle, zones);
  built.set(bundle.event.id, index);
  return index;
}
