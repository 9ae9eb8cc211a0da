import type { EventBundle } from "./event-bundle";

export const DATA_LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); quotes remain their authors'. Basemap: Natural Earth, public domain.";

/**
 * One event as a single RFC 7946 FeatureCollection for download: every feature keeps its
 * sources and confidence, and the collection carries the source list, moments and licence as
 * foreign members so the file stands on its own.
 */
export function eventDownload(bundle: EventBundle) {
  const kind = (name: string) => (feature: { properties: object }) => ({ ...feature, properties: { layer: name, ...feature.properties } });
  return {
    type: "FeatureCollection" as const,
    name: bundle.event.title,
    licence: DATA_LICENCE,
    attribution: "Sortie, from the sources listed in `sources`",
    event: { id: bundle.event.id, title: bundle.event.title, date: bundle.event.date, region: bundle.event.region, summary: bundle.event.summary, localTimeZone: bundle.event.localTimeZone, caveats: bundle.event.caveats, revisions: bundle.event.revisions },
    formations: bundle.event.formations,
    moments: bundle.event.moments,
    sources: bundle.event.sources,
    features: [
      ...bundle.tracks.features.map(kind("track")),
      ...bundle.responses.features.map(kind("scramble")),
      ...bundle.bases.features.map(kind("base")),
      ...bundle.places.features.map(kind("place")),
    ],
  };
}
