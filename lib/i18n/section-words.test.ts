import { describe, expect, it } from "vitest";
import { ENGLISH_SECTION_LANGUAGE, sectionTimeWords } from "@/lib/details/section-words";
import { sectionLanguage } from "./section-words";

describe("sectionLanguage", () => {
  it("gives in English what lib/details writes by default", () => {
    const english = sectionLanguage("en");
    expect(english.words).toEqual(ENGLISH_SECTION_LANGUAGE.words);
    expect(english.noDateStated("2024-07-25")).toBe(ENGLISH_SECTION_LANGUAGE.noDateStated("2024-07-25"));
  });

  it("gives the labels, countries and zone names in the reader's language", () => {
    const japanese = sectionLanguage("ja");
    expect(japanese.words.reported).toBe("報告");
    expect(japanese.words.countries.russia).toBe("ロシア");
    expect(japanese.words.zoneNames.kadiz).toBe("韓国防空識別圏（KADIZ）");
    expect(sectionLanguage("ru").noDateStated("2024-07-25")).toContain("2024-07-25");
    const time = sectionTimeWords(japanese.words);
    expect(time.about).toBe("頃");
    expect(time.previousDay("12月21日")).toBe(sectionLanguage("ja").words.time.previousDay.replace("{day}", "12月21日"));
    expect(time.previousDay("12月21日")).toContain("12月21日");
    expect(time.previousDay("12月21日")).not.toContain("{day}");
  });
});
