import { describe, expect, it } from "vitest";
import { DataError } from "./data-error";
import { indexSources, loadSources } from "./load-sources";
import { sourceTitleLanguage } from "./source-title-language";
import { loadStatistics } from "@/lib/statistics/load-statistics";

/** Scripts a title in each language would be written in; Latin-script titles are our English renderings. */
const SCRIPT_LANGUAGES: { script: RegExp; languages: string[] }[] = [
  { script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, languages: ["ja"] },
  { script: /\p{Script=Hangul}/u, languages: ["ko"] },
  { script: /\p{Script=Han}/u, languages: ["ja", "zh"] },
  { script: /\p{Script=Cyrillic}/u, languages: ["ru"] },
  { script: /\p{Script=Arabic}/u, languages: ["ar"] },
];

const BASE = { publisher: "P", title: "T", url: "https://example.org/", language: "ja", kind: "news", published: "2020-01-01" };

describe("sourceTitleLanguage", () => {
  // The events' registry and the statistics page's sources.
  const sources = [...loadSources().values(), ...loadStatistics().sources.values()];

  it("marks a title in the script it is written in, whatever the source's own language", () => {
    const wrong = sources.flatMap((source) => {
      const expected = SCRIPT_LANGUAGES.find(({ script }) => script.test(source.title))?.languages ?? ["en"];
      const marked = sourceTitleLanguage(source);
      return expected.includes(marked) ? [] : [`${source.id}: "${source.title}" marked ${marked}, written in ${expected.join(" or ")}`];
    });
    expect(wrong).toEqual([]);
  });

  it("keeps our words about a source out of its title: they are its note, shown outside the quotation marks", () => {
    // An English parenthesis closing a title kept in Japanese, Korean or Chinese, or a date's provenance in any title.
    const annotated = sources.filter(
      (source) => (source.titleLanguage !== undefined && /\(\s*[A-Za-z][^()]*\)\s*$/.test(source.title)) || /by the research notes/.test(source.title),
    );
    expect(annotated.map((source) => `${source.id}: ${source.title}`)).toEqual([]);
  });

  it("reads the English renderings of other languages' titles as English", () => {
    const rendered = sources.filter((source) => source.language !== "en" && source.titleLanguage === undefined);
    expect(rendered.length).toBeGreaterThan(50);
    expect(new Set(rendered.map(sourceTitleLanguage))).toEqual(new Set(["en"]));
  });

  it("rejects a broken titleLanguage, naming file, source and field", () => {
    const json = { sources: [{ ...BASE, id: "bad-title-language", titleLanguage: "Japanese" }] };
    expect(() => indexSources(json)).toThrow(DataError);
    expect(() => indexSources(json)).toThrow('data/sources.json: feature "bad-title-language" field "titleLanguage": must be a two-letter language code');
  });
});
