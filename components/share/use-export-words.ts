"use client";

import { useTranslations } from "next-intl";
import type { LegendWords } from "@/lib/map/style/legend-entries";
import type { ExportWords } from "./view-composition";

/** The legend's, clock line's and footer's words for an exported image or video, in the page's language. */
export function useExportWords(): ExportWords {
  const t = useTranslations("Client.Export");
  const legendWords = useTranslations("Client").raw("Legend") as LegendWords;
  return {
    legendWords,
    attribution: t("imageAttribution"),
    imageWords: {
      wholeDay: t("imageWholeDay"),
      positionsEstimated: t("imagePositionsEstimated"),
      sources: (list) => t("imageSources", { list }),
      noneCited: t("imageNoneCited"),
      andMore: (list, count) => t("imageAndMore", { list, count }),
      countOnly: (count) => t("imageCountOnly", { count }),
    },
  };
}
