import type { FilterOptions } from "@/lib/dashboard/filter-patrols";
import type { PatrolSummary } from "@/lib/dashboard/patrol-summary";
import { localePath, type Locale } from "./locales";
import { loadMessages } from "./messages";
import { placeName } from "./place-names";

/**
 * The dashboard's patrols and filter options for a page in `locale`: each sea under the locale's
 * name (lib/i18n/place-names.ts, disputed seas paired in the one order every language follows) and
 * each patrol's link to its page in the same language, and the sources' qualifiers on a bomber type
 * ("H-6 (presumed)") in its words (messages: Events.bomberQualifiers, keyed by the English; one the
 * table lacks stays as the data has it). Titles stay English (the page says so).
 */
export function localiseDashboard(patrols: readonly PatrolSummary[], options: FilterOptions, locale: Locale): { patrols: PatrolSummary[]; options: FilterOptions } {
  const qualifiers: Record<string, string> = loadMessages(locale).Events.bomberQualifiers;
  return {
    patrols: patrols.map((patrol) => ({
      ...patrol,
      bombers: patrol.bombers.replace(/\(([^)]+)\)/g, (whole, qualifier: string) => (qualifiers[qualifier] ? `(${qualifiers[qualifier]})` : whole)),
      href: localePath(locale, patrol.href),
      regions: patrol.regions.map((region) => ({ ...region, name: placeName(region.name, locale) })),
    })),
    options: { ...options, regions: options.regions.map((region) => ({ ...region, name: placeName(region.name, locale) })) },
  };
}
