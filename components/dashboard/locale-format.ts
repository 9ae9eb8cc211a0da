import { INTL_LOCALES, type Locale } from "@/lib/i18n/locales";

/** "A, B and C", "A、B、C", "A, B и C": names joined the way the page's language joins them. */
export function listOf(names: readonly string[], locale: Locale): string {
  return new Intl.ListFormat(INTL_LOCALES[locale], { type: "conjunction" }).format(names);
}

/**
 * A patrol's date (YYYY-MM-DD) through Intl: "22 December 2020", "2020年12月22日". The list's
 * compact form keeps the ISO date on English pages, as it always read; other languages read it
 * their own way ("2020年12月22日", "22 дек. 2020 г.").
 */
export function patrolDate(date: string, locale: Locale, form: "long" | "compact"): string {
  if (form === "compact" && locale === "en") return date;
  const month = form === "long" ? "long" : "short";
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { day: "numeric", month, year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}
