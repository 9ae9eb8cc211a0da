import { describe, expect, it } from "vitest";
import { buildEventIndex } from "@/lib/data/event-index";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildItemDetails } from "./item-details";

describe("buildItemDetails", () => {
  const zones = loadZones();
  const bundle = loadEvent("2020-12-22");
  const index = buildEventIndex(bundle, zones);
  const details = buildItemDetails(bundle, index, zones);

  it("gives every item of the index its details, of the same kind", () => {
    expect(Object.keys(details).sort()).toEqual(Object.keys(index.items).sort());
    for (const [id, item] of Object.entries(index.items)) expect(details[id]?.kind).toBe(item.kind);
  });

  it("lists a formation's legs as the index relates them", () => {
    const legs = index.items["tu95-pair"]!.features.map((feature) => feature.id);
    expect(details["tu95-pair"]!.legs.map((leg) => leg.id)).toEqual(legs);
  });
});
