import type { EventBundle } from "@/lib/data/event-bundle";
import type { EventIndex } from "@/lib/data/event-index";
import type { ZoneFile } from "@/lib/data/schema";
import { buildItemDetails, type ItemDetails } from "./item-details";
import { ENGLISH_DETAIL_WORDS, type DetailWords } from "./detail-words";
import { ENGLISH_SECTION_LANGUAGE, type SectionLanguage, type SectionWords } from "./section-words";
import { buildPanelSections, panelSectionSourceIds, type PanelSections, type SourceLink } from "./panel-sections";

export type { SourceLink } from "./panel-sections";

/**
 * The selected item's details for every item of an event, and the sources they cite. Served as a
 * static file of its own (app/panel-data) rather than as props of the page's client component:
 * props are serialised into the page's inline payload, and these strings (about 12 KB gzip on the
 * landing page) are shown only once the reader selects something. A file apart from the map's
 * content (/map-data/<id>.json) so the panel works when the map's file cannot load.
 */
export type PanelDetails = {
  eventId: string;
  details: Record<string, ItemDetails>;
  sections: PanelSections;
  /** The deferred sections' labels, zone and country names in the file's language (lib/details/section-words.ts). */
  sectionWords: SectionWords;
  sources: SourceLink[];
  /** The publishers of the event's own sources, in its order: an exported image's footer names them (components/share/export-control.tsx). */
  publishers: string[];
};

/**
 * `words` and `localise` give the details in a reader's language (app/panel-data); English by
 * default. The deferred sections' text is the data's, in English; their labels come with it in
 * `sectionWords`.
 */
export function buildPanelDetails(
  bundle: EventBundle,
  index: EventIndex,
  zones: ZoneFile,
  words: DetailWords = ENGLISH_DETAIL_WORDS,
  localise: (details: Record<string, ItemDetails>) => Record<string, ItemDetails> = (details) => details,
  sectionLanguage: SectionLanguage = ENGLISH_SECTION_LANGUAGE,
): PanelDetails {
  const details = localise(buildItemDetails(bundle, index, zones, words));
  const sections = buildPanelSections(bundle, zones, index.crossings, sectionLanguage);
  const cited = new Set([...Object.values(details).flatMap((item) => item.sourceIds), ...panelSectionSourceIds(sections)]);
  // One registry (data/sources.json) behind both lists: an id names the same source in each.
  const known = new Map([...zones.sources, ...bundle.event.sources].map((source) => [source.id, source]));
  const sources = [...known.values()].filter((source) => cited.has(source.id)).map(({ id, publisher, url }) => ({ id, publisher, url }));
  return { eventId: bundle.event.id, details, sections, sectionWords: sectionLanguage.words, sources, publishers: bundle.event.sources.map((source) => source.publisher) };
}

/**
 * Where an event's panel details are served (app/panel-data/[file]/route.ts): `<id>.json` in
 * English, `<id>.<locale>.json` in another language (`2020-12-22.ja.json`).
 */
export function panelDetailsPath(eventId: string, locale = "en"): string {
  return locale === "en" ? `/panel-data/${eventId}.json` : `/panel-data/${eventId}.${locale}.json`;
}

/**
 * The file comes from this app's own build, made from validated data, so the browser checks only
 * that it is the event asked for and has its parts (as for the map's content file).
 */
export function isPanelDetails(value: unknown, eventId: string): value is PanelDetails {
  if (typeof value !== "object" || value === null) return false;
  const file = value as Partial<Record<keyof PanelDetails, unknown>>;
  return (
    file.eventId === eventId &&
    typeof file.details === "object" &&
    file.details !== null &&
    typeof file.sections === "object" &&
    file.sections !== null &&
    typeof file.sectionWords === "object" &&
    file.sectionWords !== null &&
    Array.isArray(file.sources) &&
    Array.isArray(file.publishers)
  );
}
