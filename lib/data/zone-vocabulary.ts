import type { ZoneFile } from "./schema";

/**
 * How every view names a zone: by its id in data/zones, shown as its short name (map labels,
 * timeline ticks, panel lines) or its long name (panel headings). One list, so the map cannot say
 * "China ADIZ" where the panel says "China ECS ADIZ".
 */
export type ZoneTerm = { id: string; shortName: string; name: string };

export function zoneVocabulary(zones: ZoneFile): ZoneTerm[] {
  return zones.features.map(({ properties: { id, shortName, name } }) => ({ id, shortName, name }));
}

/** The short name of a zone id, or the id itself for a zone the vocabulary does not know. */
export function zoneShortName(vocabulary: readonly ZoneTerm[], id: string): string {
  return vocabulary.find((term) => term.id === id)?.shortName ?? id;
}
