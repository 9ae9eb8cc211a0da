import { describe, expect, it } from "vitest";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { loadStraits, type StraitGate } from "@/lib/data/load-straits";
import { patrolRoutesOf } from "./overview-routes";
import { crossesStrait } from "./strait-crossings";

const gate: StraitGate = loadStraits().find((candidate) => candidate.properties.id === "tsushima-strait-gate")!;

describe("crossesStrait (Tsushima Strait gate)", () => {
  it("counts a route from the East China Sea into the Sea of Japan / East Sea through either channel", () => {
    // Western channel (Korea Strait), then eastern channel (between Tsushima and Iki).
    expect(crossesStrait([{ coordinates: [[127.5, 33.5], [130, 36]] }], gate)).toBe(true);
    expect(crossesStrait([{ coordinates: [[128.8, 33.2], [130.3, 34.6]] }], gate)).toBe(true);
  });

  it("does not count a route that stays in the East China Sea or passes south of Kyushu", () => {
    expect(crossesStrait([{ coordinates: [[124, 30], [127, 32.5]] }], gate)).toBe(false);
    expect(crossesStrait([{ coordinates: [[128, 31], [133, 32]] }], gate)).toBe(false);
  });

  it("agrees with the sources: every patrol whose places name the Tsushima Strait crosses the gate, and no other does", () => {
    for (const bundle of loadAllEvents()) {
      const named = bundle.places.features.some((place) => place.properties.id === "tsushima-strait");
      expect({ id: bundle.event.id, crosses: crossesStrait(patrolRoutesOf(bundle).legs, gate) }).toEqual({ id: bundle.event.id, crosses: named });
    }
  });
});
