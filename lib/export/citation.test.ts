import { describe, expect, it } from "vitest";
import { citeView } from "./citation";

const input = {
  title: "China–Russia joint bomber patrol, 22 December 2020",
  patrolDate: "2020-12-22",
  revisionDate: "2026-11-29",
  url: "https://sortie.example.org/events/2020-12-22?v=1&sel=h6k-pair-a&t=0840",
  accessed: new Date(2026, 11, 3, 9, 30),
};

describe("citeView", () => {
  it("gives an APA-like and a Chicago-like citation with author, title, patrol date, revision, URL and accessed date", () => {
    const [apa, chicago] = citeView(input);
    expect(apa).toEqual({
      style: "APA",
      text: "Sortie. (2026). China–Russia joint bomber patrol, 22 December 2020 (patrol of 22 December 2020; data revision of 29 November 2026) [Data set and interactive map]. Retrieved December 3, 2026, from https://sortie.example.org/events/2020-12-22?v=1&sel=h6k-pair-a&t=0840",
    });
    expect(chicago).toEqual({
      style: "Chicago",
      text: "Sortie. “China–Russia joint bomber patrol, 22 December 2020.” Patrol of 22 December 2020. Interactive map, data revision of 29 November 2026. https://sortie.example.org/events/2020-12-22?v=1&sel=h6k-pair-a&t=0840 (accessed December 3, 2026).",
    });
  });

  it("says the data is as first published when there is no revision, and dates it by the day accessed", () => {
    const [apa, chicago] = citeView({ ...input, revisionDate: null, accessed: new Date(2027, 0, 1, 0, 5) });
    expect(apa?.text).toContain("Sortie. (2027).");
    expect(apa?.text).toContain("data as first published");
    expect(chicago?.text).toContain("(accessed January 1, 2027)");
  });
});
