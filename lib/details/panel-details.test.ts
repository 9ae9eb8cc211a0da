import { describe, expect, it } from "vitest";
import { buildEventIndex } from "@/lib/data/event-index";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildPanelDetails, isPanelDetails, panelDetailsPath } from "./panel-details";
import { panelSectionSourceIds } from "./panel-sections";

describe("buildPanelDetails", () => {
  const zones = loadZones();
  const bundle = loadEvent("2020-12-22");
  const file = buildPanelDetails(bundle, buildEventIndex(bundle, zones), zones);

  it("carries every source the details and the deferred sections cite, and only those, with what a link needs", () => {
    const cited = new Set([...Object.values(file.details).flatMap((item) => item.sourceIds), ...panelSectionSourceIds(file.sections)]);
    expect(new Set(file.sources.map((source) => source.id))).toEqual(cited);
    for (const source of file.sources) expect(Object.keys(source).sort()).toEqual(["id", "publisher", "url"]);
  });

  it("names the publishers of the event's own sources in its order, for an exported image's footer", () => {
    expect(file.publishers).toEqual(bundle.event.sources.map((source) => source.publisher));
    expect(file.publishers).toContain("KBS News");
  });

  it("is recognised as this event's file, and not as another event's", () => {
    const served: unknown = JSON.parse(JSON.stringify(file));
    expect(isPanelDetails(served, "2020-12-22")).toBe(true);
    expect(isPanelDetails(served, "2019-07-23")).toBe(false);
    expect(isPanelDetails({ eventId: "2020-12-22", details: {} }, "2020-12-22")).toBe(false);
    expect(isPanelDetails({ ...file, publishers: undefined }, "2020-12-22")).toBe(false);
    expect(isPanelDetails(null, "2020-12-22")).toBe(false);
  });

  it("is served apart from the map's content file", () => {
    expect(panelDetailsPath("2020-12-22")).toBe("/panel-data/2020-12-22.json");
  });
});
