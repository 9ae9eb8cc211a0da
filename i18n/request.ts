import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

/**
 * next-intl's per-request configuration. There is no middleware (the static export has none): every
 * layout and page calls setRequestLocale with the locale its route gives, and that arrives here.
 */
export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: loadMessages(locale), timeZone: "UTC" };
});
