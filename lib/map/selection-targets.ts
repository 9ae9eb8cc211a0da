import type { Position } from "geojson";
import { boundsOf, type Bounds } from "@/lib/geo/bounds-of";
import { SOURCE_IDS } from "./ids";
import type { MapData } from "./map-data";

export type FeatureReference = { source: (typeof SOURCE_IDS)[keyof typeof SOURCE_IDS]; id: string };

/**
 * What to highlight and where to frame the camera when an item is selected. An unknown id
 * selects nothing. A formation lights up all its legs; a base lights up its scrambles too.
 */
export function selectionTargets(data: MapData, selectedId: string | null): { features: FeatureReference[]; bounds: Bounds | undefined } {
  if (selectedId === null) return { features: [], bounds: undefined };
  const features: FeatureReference[] = [];
  const positions: Position[] = [];

  for (const track of data.tracks.features) {
    const { id, formation } = track.properties;
    if (id === selectedId || formation === selectedId) {
      features.push({ source: SOURCE_IDS.tracks, id });
      positions.push(...track.geometry.coordinates);
    }
  }
  for (const response of data.responses.features) {
    const { id, base } = response.properties;
    if (id === selectedId || base === selectedId) {
      features.push({ source: SOURCE_IDS.responses, id });
      positions.push(...response.geometry.coordinates);
    }
  }
  const selectedResponse = data.responses.features.find((response) => response.properties.id === selectedId);
  for (const base of data.bases.features) {
    if (base.properties.id === selectedId || base.properties.id === selectedResponse?.properties.base) {
      features.push({ source: SOURCE_IDS.bases, id: base.properties.id });
      positions.push(base.geometry.coordinates);
    }
  }
  for (const collection of [data.places, data.moments] as const) {
    for (const point of collection.features) {
      if (point.properties.id === selectedId) {
        features.push({ source: collection === data.places ? SOURCE_IDS.places : SOURCE_IDS.moments, id: selectedId });
        positions.push(point.geometry.coordinates);
      }
    }
  }
  return { features, bounds: boundsOf(positions) };
}

/** Every event feature on the map; points of places are never dimmed, they are the reader's bearings. */
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
