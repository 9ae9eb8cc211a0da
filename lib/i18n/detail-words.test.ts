import { describe, expect, it } from "vitest";
import { buildEventIndex } from "@/lib/data/event-index";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildItemDetails } from "@/lib/details/item-details";
import { detailWords } from "./detail-words";
import { localiseDetails } from "./localise-details";

describe("selection details in another language", () => {
  const zones = loadZones();
  const bundle = loadEvent("2020-12-22");
  const index = buildEventIndex(bundle, zones);

  it("writes the words around the figures in Japanese, and the place names in Japanese", () => {
    const details = localiseDetails(buildItemDetails(bundle, index, zones, detailWords("ja")), "ja");
    const formation = details["tu95-pair"]!;
    const route = formation.facts.find((fact) => fact.label === "描いた経路");
    expect(route?.value).toMatch(/^≈[\d,]+ km \([\d,]+ nmi\)、\d+区間$/);
    const approach = formation.facts.find((fact) => fact.label === "最接近");
    expect(approach?.value).toContain("独島／竹島");
    const text = Object.values(details).flatMap((item) => item.facts.map((fact) => `${fact.label} ${fact.value}`)).join("\n");
    for (const english of ["over the drawn route", "computed from", "number not reported", "the place the source names", "None entered"]) expect(text).not.toContain(english);
  });

  it("keeps English unchanged", () => {
    const english = buildItemDetails(bundle, index, zones);
    expect(english["tu95-pair"]!.facts.find((fact) => fact.label === "Drawn route")?.value).toMatch(/ over \d+ legs?$/);
  });
});
