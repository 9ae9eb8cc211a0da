import { createTranslator } from "next-intl";
import type { TimeWords } from "@/lib/time/format-event-time";
import { INTL_LOCALES, type Locale } from "./locales";
import { loadMessages } from "./messages";

/** lib/time's words in `locale`, from its messages (Time). Server-side: pages render the times. */
export function timeWords(locale: Locale): TimeWords {
  // Through next-intl's translator: messages may be precompiled (next.config.js), not plain strings.
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "Time" });
  return {
    intlLocale: INTL_LOCALES[locale],
    about: t("about"),
    estimated: t("estimated"),
    previousDay: (day) => t("previousDay", { day }),
    nextDay: (day) => t("nextDay", { day }),
    under: (duration) => t("under", { duration }),
  };
}

/** "22 December 2020", "2020年12月22日", "22 декабря 2020 г.": a calendar date (YYYY-MM-DD) through Intl. */
export function longDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${date}T00:00:00Z`));
}
