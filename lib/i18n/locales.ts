/**
 * The reader's languages. English is the default and keeps the unprefixed paths (`/`, `/events`);
 * every other locale lives under its own prefix (`/ja`, `/ja/events`). Static export has no
 * middleware, so nothing is negotiated: the path alone says the language.
 */
export const LOCALES = ["en", "ja", "ko", "zh", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** The locales served under a path prefix (app/[locale]). */
export const PREFIXED_LOCALES = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/** BCP 47 tags for `<html lang>` and `hreflang`: Chinese is Simplified, whatever the region. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: "en", ja: "ja", ko: "ko", zh: "zh-Hans", ru: "ru" };

/** The locale handed to Intl: English keeps the day-month-year order the site always used. */
export const INTL_LOCALES: Record<Locale, string> = { en: "en-GB", ja: "ja-JP", ko: "ko-KR", zh: "zh-Hans-CN", ru: "ru-RU" };

/** Each language named in itself, as a reader looks for it in the switcher. */
export const LOCALE_AUTONYMS: Record<Locale, string> = { en: "English", ja: "日本語", ko: "한국어", zh: "简体中文", ru: "Русский" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** `path` (an English path starting with "/") in `locale`: `/events` → `/ja/events`, `/` → `/ja`. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The locale a pathname is in and the same page's English path: `/ja/events` → ja, `/events`. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  const [, first, ...rest] = pathname.split("/");
  if (first !== DEFAULT_LOCALE && isLocale(first)) return { locale: first, path: `/${rest.join("/")}` };
  return { locale: DEFAULT_LOCALE, path: pathname };
}
