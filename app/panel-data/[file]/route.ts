import { eventIndexOf } from "@/lib/data/event-index";
import { eventIdOrNotFound } from "@/lib/data/event-id-or-not-found";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildPanelDetails } from "@/lib/details/panel-details";
import { detailWords } from "@/lib/i18n/detail-words";
import { localiseDetails } from "@/lib/i18n/localise-details";
import { sectionLanguage } from "@/lib/i18n/section-words";
import { DEFAULT_LOCALE, PREFIXED_LOCALES, isLocale, type Locale } from "@/lib/i18n/locales";

export const dynamic = "force-static";
export const dynamicParams = false;

/** `<id>.json` in English, `<id>.<locale>.json` in each other language (lib/details/panel-details.ts, panelDetailsPath). */
export function generateStaticParams() {
  return listEventIds().flatMap((id) => [{ file: `${id}.json` }, ...PREFIXED_LOCALES.map((locale) => ({ file: `${id}.${locale}.json` }))]);
}

function parseFile(file: string): { id: string; locale: Locale } {
  const match = /^(.+?)(?:\.([a-z]{2}))?\.json$/.exec(file);
  const locale = match?.[2] ?? DEFAULT_LOCALE;
  return { id: eventIdOrNotFound(match?.[1] ?? ""), locale: isLocale(locale) && locale !== DEFAULT_LOCALE ? locale : DEFAULT_LOCALE };
}

/** /panel-data/<event>[.<locale>].json: the panel's details of every item, in that language, built once at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { id, locale } = parseFile((await params).file);
  const bundle = loadEvent(id);
  const zones = loadZones();
  const panel = buildPanelDetails(bundle, eventIndexOf(bundle, zones), zones, detailWords(locale), (details) => localiseDetails(details, locale), sectionLanguage(locale));
  return new Response(JSON.stringify(panel), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
