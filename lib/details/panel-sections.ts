import type { EventBundle } from "@/lib/data/event-bundle";
import type { EventZoneCrossing } from "@/lib/data/event-zone-crossings";
import { ENGLISH_SECTION_LANGUAGE, type SectionLanguage } from "./section-words";
import type { Confidence, ContextItem, EventTime, Moment, Source, Statement, ZoneFile } from "@/lib/data/schema";

/** What a source link needs: the panel cites sources by id. */
export type SourceLink = Pick<Source, "id" | "publisher" | "url">;

/** One zone the event's routes cross, with what officials reported beside what the drawn routes give. */
export type ZoneEntry = {
  id: string;
  name: string;
  confidence: Confidence;
  note?: string;
  sourceIds: string[];
  reported: { id: string; time: EventTime; kind: Moment["kind"]; sourceIds: string[] }[];
  /** Times in whole seconds: they come from estimated times along drawn routes. */
  computed: { formation: string; formationName: string; kind: EventZoneCrossing["kind"]; time: number }[];
};

/**
 * The panel's long, secondary sections: what each government said, the context and the zones.
 * The page's HTML carries their headings and counts; their text comes with the panel-details file
 * after hydration (lib/details/panel-details.ts). Why: React's page payload repeats every
 * server-rendered element of the HTML, so these sections cost twice their size in the landing
 * page's HTML (about 13 KB of its 48 KB gzip).
 */
export type PanelSections = {
  statements: Statement[];
  context: { items: ContextItem[]; headline: (SourceLink & { title: string; date: string }) | null };
  zones: ZoneEntry[];
};

export type DeferredSectionId = keyof PanelSections;

/** A source is dated only by what it states; otherwise we say when we read it. */
export function sourceDate(source: Source, noDateStated: SectionLanguage["noDateStated"] = ENGLISH_SECTION_LANGUAGE.noDateStated): string {
  return source.published ?? noDateStated(source.accessed ?? "?");
}

/** The zones an event's drawn routes cross, in the zone file's order. */
export function crossedZones(zones: ZoneFile, crossings: EventZoneCrossing[]): ZoneFile["features"] {
  return zones.features.filter((zone) => crossings.some((crossing) => crossing.zone === zone.properties.id));
}

/** Zone names in the reader's language where it has them (SectionWords.zoneNames); the rest is the data's, in English. */
export function buildPanelSections(bundle: EventBundle, zones: ZoneFile, crossings: EventZoneCrossing[], language: SectionLanguage = ENGLISH_SECTION_LANGUAGE): PanelSections {
  const { statements, context, sources, headlineSource, moments, formations } = bundle.event;
  const headline = sources.find((source) => source.id === headlineSource);
  const formationName = new Map(formations.map((formation) => [formation.id, formation.name]));
  return {
    statements,
    context: { items: context, headline: headline ? { id: headline.id, publisher: headline.publisher, url: headline.url, title: headline.title, date: sourceDate(headline, language.noDateStated) } : null },
    zones: crossedZones(zones, crossings).map(({ properties: zone }) => ({
      id: zone.id,
      name: language.words.zoneNames[zone.id] ?? zone.name,
      confidence: zone.confidence,
      ...(zone.note ? { note: zone.note } : {}),
      sourceIds: zone.sources,
      reported: moments.filter((moment) => moment.zone === zone.id).map((moment) => ({ id: moment.id, time: moment.time, kind: moment.kind, sourceIds: moment.sources })),
      computed: crossings
        .filter((crossing) => crossing.zone === zone.id)
        .map((crossing) => ({ formation: crossing.formation, formationName: formationName.get(crossing.formation) ?? crossing.formation, kind: crossing.kind, time: Math.round(crossing.time / 1000) * 1000 })),
    })),
  };
}

/** The ids of every source the sections cite. */
export function panelSectionSourceIds(sections: PanelSections): string[] {
  return [
    ...sections.statements.flatMap((statement) => statement.sources),
    ...sections.context.items.flatMap((item) => item.sources),
    ...sections.zones.flatMap((zone) => [...zone.sourceIds, ...zone.reported.flatMap((moment) => moment.sourceIds)]),
  ];
}
