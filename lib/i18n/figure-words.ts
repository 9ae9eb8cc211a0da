import { createTranslator } from "next-intl";
import type { FigureWords } from "@/lib/statistics/figure-text";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";

/** lib/statistics' words in `locale` (messages: StatisticsChart.words), for the charts, tooltips and tables. */
export function figureWords(locale: Locale): FigureWords {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "StatisticsChart.words" });
  return {
    // Digits grouped the English way in every language: the charts' labels are narrow, and every locale reads "1,168".
    numberLocale: "en-US",
    about: t("about"),
    markers: { confirmed: t("confirmed"), reported: t("reported"), derived: t("derived") },
    noFigure: t("noFigure"),
    gap: (year) => t("gap", { year }),
    partial: (period, partial) => t("partial", { period, partial }),
    notPublished: (categories) => t("notPublished", { categories }),
    sources: (list) => t("sources", { list }),
  };
}
