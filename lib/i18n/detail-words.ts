import { createTranslator } from "next-intl";
import type { DetailWords } from "@/lib/details/detail-words";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";
import { placeName } from "./place-names";
import { timeWords } from "./time-words";

/** lib/details' words in `locale` (messages: Details.words). */
export function detailWords(locale: Locale): DetailWords {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "Details.words" });
  return {
    time: timeWords(locale),
    placeName: (name) => placeName(name, locale),
    countNotReported: (type) => t("countNotReported", { type }),
    overLegs: (distance, count) => t("overLegs", { distance, count }),
    noRoute: t("noRoute"),
    spanEstimated: t("spanEstimated"),
    spanPartlyEstimated: t("spanPartlyEstimated"),
    notDocumented: t("notDocumented"),
    atPlace: (place) => t("atPlace", { place }),
    positionApproximate: (where) => t("positionApproximate", { where }),
    drawnDuration: (duration, span) => t("drawnDuration", { duration, span }),
    speedOverRoute: (speed) => t("speedOverRoute", { speed }),
    basisDrawn: t("basisDrawn"),
    basisReconstructed: t("basisReconstructed"),
    timesEstimated: t("timesEstimated"),
    timesPartlyEstimated: t("timesPartlyEstimated"),
    noneEntered: (basis) => t("noneEntered", { basis }),
    underTen: t("underTen"),
    joinsAt: (formations, time) => t("joinsAt", { formations, time }),
  };
}
