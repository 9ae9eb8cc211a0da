import { localisedNameProperties } from "@/lib/i18n/place-names";
import type { FeatureCollection, LineString, Point } from "geojson";
import type { EventBundle } from "@/lib/data/event-bundle";
import type { Confidence, Country } from "@/lib/data/schema";
import { greatCircleLine } from "@/lib/geo/great-circle-line";
import { roundCoordinates } from "@/lib/geo/round-coordinates";

type Common = { id: string; name: string; confidence: Confidence; approximate: boolean };
export type TrackDisplay = Common & { formation: string; country: Country };
export type ResponseDisplay = Common & { country: Country; base: string };
type LocalisedNames = ReturnType<typeof localisedNameProperties>;
export type BaseDisplay = Common & LocalisedNames & { country: Country };
export type PlaceDisplay = Common & LocalisedNames & { kind: string };
export type MomentDisplay = Common & { kind: string; formations: string };

/** What the map draws for one event: small, flat properties and densified great-circle lines. */
export type MapData = {
  tracks: FeatureCollection<LineString, TrackDisplay>;
  responses: FeatureCollection<LineString, ResponseDisplay>;
  bases: FeatureCollection<Point, BaseDisplay>;
  places: FeatureCollection<Point, PlaceDisplay>;
  moments: FeatureCollection<Point, MomentDisplay>;
};

// Five decimals is about a metre: more than enough for densified display lines.
const DISPLAY_DECIMALS = 5;

export function buildMapData(bundle: EventBundle): MapData {
  const { event } = bundle;
  const countryOf = new Map(event.formations.map((formation) => [formation.id, formation.country]));
  const isApproximate = (confidence: Confidence) => confidence === "inferred";

  const tracks: MapData["tracks"] = {
    type: "FeatureCollection",
    features: bundle.tracks.features.map((track) => {
      const { id, name, confidence, formation } = track.properties;
      return {
        type: "Feature",
        geometry: { type: "LineString", coordinates: greatCircleLine(track.geometry.coordinates).coordinates },
        properties: { id, name, confidence, approximate: isApproximate(confidence), formation, country: countryOf.get(formation) ?? "china" },
      };
    }),
  };
  const responses: MapData["responses"] = {
    type: "FeatureCollection",
    features: bundle.responses.features.map((response) => {
      const { id, name, confidence, country, base } = response.properties;
      return {
        type: "Feature",
        geometry: { type: "LineString", coordinates: greatCircleLine(response.geometry.coordinates).coordinates },
        properties: { id, name, confidence, approximate: isApproximate(confidence), country, base },
      };
    }),
  };
  const bases: MapData["bases"] = {
    type: "FeatureCollection",
    features: bundle.bases.features.map((base) => {
      const { id, name, confidence, country } = base.properties;
      return { type: "Feature", geometry: base.geometry, properties: { id, name, ...localisedNameProperties(name), confidence, approximate: isApproximate(confidence), country } };
    }),
  };
  const places: MapData["places"] = {
    type: "FeatureCollection",
    features: bundle.places.features.map((place) => {
      const { id, name, confidence, kind } = place.properties;
      // Each language's name rides along: the labels pick the page's (lib/map/style/overlay-layers.ts).
      return { type: "Feature", geometry: place.geometry, properties: { id, name, ...localisedNameProperties(name), confidence, approximate: isApproximate(confidence), kind } };
    }),
  };
  // Moments the sources place somewhere: joins, zone entries and exits, turns.
  const moments: MapData["moments"] = {
    type: "FeatureCollection",
    features: event.moments.flatMap((moment) =>
      moment.position
        ? [
            {
              type: "Feature" as const,
              geometry: { type: "Point" as const, coordinates: moment.position.coordinates },
              properties: {
                id: moment.id,
                name: moment.description,
                // The dot shows where: its look follows the position's confidence, not the time's.
                confidence: moment.position.confidence,
                approximate: isApproximate(moment.position.confidence),
                kind: moment.kind,
                formations: moment.formations.join(" "),
              },
            },
          ]
        : [],
    ),
  };
  return roundCoordinates({ tracks, responses, bases, places, moments }, DISPLAY_DECIMALS);
}
