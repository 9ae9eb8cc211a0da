import { describe, expect, it } from "vitest";
import { buildEventIndex } from "@/lib/data/event-index";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildPanelSections, crossedZones } from "./panel-sections";

describe("buildPanelSections", () => {
  const zones = loadZones();
  const bundle = loadEvent("2020-12-22");
  const { crossings } = buildEventIndex(bundle, zones);
  const sections = buildPanelSections(bundle, zones, crossings);

  it("carries every statement and context item of the event", () => {
    expect(sections.statements).toEqual(bundle.event.statements);
    expect(sections.context.items).toEqual(bundle.event.context);
    expect(sections.context.headline?.id).toBe(bundle.event.headlineSource);
  });

  it("lists each crossed zone with its reported and computed crossings, computed times in whole seconds", () => {
    expect(sections.zones.map((zone) => zone.id)).toEqual(crossedZones(zones, crossings).map((zone) => zone.properties.id));
    expect(sections.zones.length).toBeGreaterThan(0);
    const computed = sections.zones.flatMap((zone) => zone.computed);
    expect(computed).toHaveLength(crossings.length);
    for (const crossing of computed) expect(crossing.time % 1000).toBe(0);
    const reported = sections.zones.flatMap((zone) => zone.reported.map((moment) => moment.id));
    expect(reported.sort()).toEqual(bundle.event.moments.filter((moment) => moment.zone !== undefined && sections.zones.some((zone) => zone.id === moment.zone)).map((moment) => moment.id).sort());
  });
});
