import { describe, expect, it } from "vitest";
import { filterOptions } from "@/lib/dashboard/filter-patrols";
import type { PatrolSummary } from "@/lib/dashboard/patrol-summary";
import { localiseDashboard } from "./localise-dashboard";

const patrol: PatrolSummary = {
  id: "2020-12-22",
  index: 1,
  date: "2020-12-22",
  year: 2020,
  title: "Joint bomber patrol over the Sea of Japan / East Sea",
  href: "/events/2020-12-22",
  bombers: "4 × H-6K + 2 × Tu-95MS",
  bomberTypes: ["H-6K", "Tu-95MS"],
  regions: [
    { id: "sea-of-japan", name: "Sea of Japan / East Sea" },
    { id: "east-china-sea", name: "East China Sea" },
  ],
  documentation: "good",
  responders: ["japan", "south-korea"],
  crossesTsushimaStrait: true,
};
const options = filterOptions([patrol]);

describe("localiseDashboard", () => {
  it("names each sea in the locale, the disputed one paired, and links the patrol in the same language", () => {
    const { patrols, options: localised } = localiseDashboard([patrol], options, "ko");
    expect(patrols[0]?.regions.map((region) => region.name)).toEqual(["일본해／동해", "동중국해"]);
    expect(patrols[0]?.href).toBe("/ko/events/2020-12-22");
    expect(localised.regions.map((region) => [region.id, region.name])).toEqual([
      ["east-china-sea", "동중국해"],
      ["sea-of-japan", "일본해／동해"],
    ]);
    expect(localiseDashboard([{ ...patrol, bombers: "2 × H-6 (presumed) + ? × Tu-95 (per secondary columns) + 1 × Y-8 (per a blog)" }], options, "ja").patrols[0]?.bombers).toBe(
      "2 × H-6 (推定) + ? × Tu-95 (二次的な報道による) + 1 × Y-8 (per a blog)",
    );
    // The title is the event's English content: it is not translated here.
    expect(patrols[0]?.title).toBe(patrol.title);
  });

  it("keeps English pages as they were", () => {
    const { patrols, options: localised } = localiseDashboard([patrol], options, "en");
    expect(patrols).toEqual([patrol]);
    expect(localised).toEqual(options);
  });

  it("links the landing patrol to the locale's home page", () => {
    expect(localiseDashboard([{ ...patrol, href: "/" }], options, "ja").patrols[0]?.href).toBe("/ja");
  });
});
