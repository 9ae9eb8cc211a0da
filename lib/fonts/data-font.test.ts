import { describe, expect, it } from "vitest";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { eventShowsDataCjk } from "./data-font";

describe("eventShowsDataCjk", () => {
  it("names the events whose pages show CJK words outside their marked quotes", () => {
    // 2019-07-23: the JCS's 'NLL 북방' and '06시 44분경'. 2020-12-22 shows only its Japanese quote,
    // marked ja, which every page's extras hold; 2021-11-19 quotes NHK only in a correction, which
    // its page does not show.
    expect(listEventIds().filter((id) => eventShowsDataCjk(loadEvent(id)))).toEqual(["2019-07-23"]);
  });

  it("counts a quote's CJK words only when the quote is not marked with its language", () => {
    const bundle = loadEvent("2020-12-22");
    const statements = bundle.event.statements.map((statement) => ({ ...statement, quoteLanguage: undefined }));
    expect(eventShowsDataCjk(bundle)).toBe(false);
    expect(eventShowsDataCjk({ ...bundle, event: { ...bundle.event, statements } })).toBe(true);
  });

  it("counts a source's publisher", () => {
    const bundle = loadEvent("2020-12-22");
    const [first, ...rest] = bundle.event.sources;
    expect(eventShowsDataCjk({ ...bundle, event: { ...bundle.event, sources: [{ ...first!, publisher: "朝日新聞" }, ...rest] } })).toBe(true);
  });
});
