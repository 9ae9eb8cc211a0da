import type { Country } from "@/lib/data/schema";
import { ENGLISH_TIME_WORDS, type TimeWords } from "@/lib/time/format-event-time";

/**
 * The words the deferred panel sections (zones, statements, context) put around the data, in the
 * reader's language: sent in the panel-details file with the sections, so they cost the page's HTML
 * nothing (messages: Panel, built by lib/i18n/section-words.ts). The data itself stays English.
 */
export type SectionWords = {
  zonesIntro: string;
  reported: string;
  noCrossingReported: string;
  entry: string;
  exit: string;
  computed: string;
  estimated: string;
  contextFrom: string;
  contextOurWords: string;
  /** Said where the content is English and the page is not; empty on English pages. */
  englishContent: string;
  countries: Record<Country, string>;
  /** By zone id; a zone without one keeps the data's name. */
  zoneNames: Record<string, string>;
  /** The reported times' words (lib/time/format-event-time.ts); the day notes hold "{day}" for the date. */
  time: { intlLocale: string; about: string; estimated: string; previousDay: string; nextDay: string };
};

/** The time words the reported times are written with, from the file's serialisable templates. */
export function sectionTimeWords({ time }: SectionWords): TimeWords {
  return {
    ...ENGLISH_TIME_WORDS,
    intlLocale: time.intlLocale,
    about: time.about,
    estimated: time.estimated,
    previousDay: (day) => time.previousDay.replace("{day}", day),
    nextDay: (day) => time.nextDay.replace("{day}", day),
  };
}

/** What the server needs besides: the words of a source date that is not stated. */
export type SectionLanguage = { words: SectionWords; noDateStated: (accessed: string) => string };

export const ENGLISH_SECTION_LANGUAGE: SectionLanguage = {
  words: {
    zonesIntro: "An ADIZ is not airspace: flying through one breaks no law, but the country expects to be told. Computed crossings come from our drawn routes and estimated times, so they are approximate.",
    reported: "Reported",
    noCrossingReported: "No crossing of this zone reported.",
    entry: "entry",
    exit: "exit",
    computed: "Computed from the drawn routes",
    estimated: "est.",
    contextFrom: "From the report that covered the patrol:",
    contextOurWords: "Summarised in our words.",
    englishContent: "",
    countries: { china: "China", russia: "Russia", japan: "Japan", "south-korea": "South Korea" },
    zoneNames: {},
    time: { intlLocale: ENGLISH_TIME_WORDS.intlLocale, about: ENGLISH_TIME_WORDS.about, estimated: ENGLISH_TIME_WORDS.estimated, previousDay: " (previous day, {day})", nextDay: " (next day, {day})" },
  },
  noDateStated: (accessed) => `no date stated, read ${accessed}`,
};
