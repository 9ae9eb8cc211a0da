import { createTranslator } from "next-intl";
import type { SectionLanguage } from "@/lib/details/section-words";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";
import { timeWords } from "./time-words";

/** The deferred panel sections' words in `locale` (messages: Panel, Time), for its panel-details file. */
export function sectionLanguage(locale: Locale): SectionLanguage {
  const messages = loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "Panel" });
  const time = timeWords(locale);
  return {
    words: {
      zonesIntro: t("zonesIntro"),
      reported: t("reported"),
      noCrossingReported: t("noCrossingReported"),
      entry: t("entry"),
      exit: t("exit"),
      computed: t("computed"),
      estimated: time.estimated,
      contextFrom: t("contextFrom"),
      contextOurWords: t("contextOurWords"),
      englishContent: t("englishContent"),
      countries: messages.Panel.countries,
      // English keeps the data's own names (the messages' are the same).
      zoneNames: locale === "en" ? {} : messages.Panel.zoneNames,
      // Templates: the browser puts the date in ("{day}" through the translator keeps its place).
      time: { intlLocale: time.intlLocale, about: time.about, estimated: time.estimated, previousDay: time.previousDay("{day}"), nextDay: time.nextDay("{day}") },
    },
    noDateStated: (accessed) => t("noDateStated", { date: accessed }),
  };
}
