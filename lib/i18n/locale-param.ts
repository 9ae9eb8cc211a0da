import { notFound } from "next/navigation";
import { isLocale, PREFIXED_LOCALES, type Locale } from "./locales";

/** The prefixed locales app/[locale] is generated for; with dynamicParams = false, any other is a 404. */
export function localeStaticParams(): { locale: Locale }[] {
  return PREFIXED_LOCALES.map((locale) => ({ locale }));
}

/** The route's locale: only a prefixed one (never "en", which has no prefix). */
export async function localeParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale) || !(PREFIXED_LOCALES as readonly string[]).includes(locale)) notFound();
  return locale;
}
