import type { FeatureReference } from "@/lib/data/event-index";
import { SOURCE_IDS } from "../ids";
import type { MapData } from "./map-data";

export type { FeatureReference };

/**
 * Every event feature on the map, for dimming what a selection leaves out; points of places are
 * never dimmed, they are the reader's bearings. What a selection lights up is the event index's
 * (IndexItem.features), not worked out here.
 */
export function allEventFeatures(data: MapData): (FeatureReference & { dimmable: boolean })[] {
  const references = (source: FeatureReference["source"], collection: { features: { properties: { id: string } }[] }, dimmable: boolean) =>
    collection.features.map((feature) => ({ source, id: feature.properties.id, dimmable }));
  return [
    ...references(SOURCE_IDS.tracks, data.tracks, true),
    ...references(SOURCE_IDS.responses, data.responses, true),
    ...references(SOURCE_IDS.bases, data.bases, true),
    ...references(SOURCE_IDS.moments, data.moments, true),
    ...references(SOURCE_IDS.places, data.places, false),
  ];
}
