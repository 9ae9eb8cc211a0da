import { describe, expect, it } from "vitest";
import { estimatedShare, legMeasurements } from "./leg-measurements";
import type { EventTime, PlaceCollection, TrackFeature, ZoneFile } from "@/lib/data/schema";

const korea = { offsetMinutes: 540, zoneLabel: "KST" };
const reported = (utc: string): EventTime => ({ utc, approximate: false, estimated: false });
const estimated = (utc: string): EventTime => ({ utc, approximate: false, estimated: true });

// A zone from 10°E to 20°E across the equator, and Tsushima half a degree north of 10°E.
const zones: ZoneFile = {
  type: "FeatureCollection",
  sources: [],
  features: [
    {
      type: "Feature",
      geometry: { type: "Polygon", coordinates: [[[10, -5], [20, -5], [20, 5], [10, 5], [10, -5]]] },
      properties: { id: "kadiz", name: "KADIZ", shortName: "KADIZ", confidence: "confirmed", sources: ["test"], country: "south-korea", approximateVertices: [] },
    },
  ],
};
const places: PlaceCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      geometry: { type: "Point", coordinates: [10, 0.5] },
      properties: { id: "tsushima-island", name: "Tsushima", confidence: "confirmed", sources: ["test"], kind: "island", significance: "test" },
    },
  ],
};

/** A leg east along the equator from 0° to 30°E, through the zone from one hour in to two. */
function leg(confidence: TrackFeature["properties"]["confidence"], times: (EventTime | null)[]): TrackFeature {
  return {
    type: "Feature",
    geometry: { type: "LineString", coordinates: [[0, 0], [15, 0], [30, 0]] },
    properties: { id: "leg", name: "Leg", confidence, sources: ["test"], formation: "pair", times },
  };
}

describe("legMeasurements", () => {
  it("measures time in the zone and closest approach along the leg's own path", () => {
    const facts = legMeasurements(leg("reported", [reported("2020-12-22T00:00Z"), reported("2020-12-22T01:30Z"), reported("2020-12-22T03:00Z")]), places, zones, korea);
    expect(facts).toEqual([
      { label: "Time in ADIZs", value: "KADIZ ≈1 hr\n(computed from the drawn route)" },
      { label: "Closest approach", value: "Tsushima: ≈60 km (30 nmi), est. 10:00 KST" },
    ]);
  });

  it("follows the leg's own times: slow to the middle, fast after it", () => {
    // 15° in two hours then 15° in one: the zone's first 5° take 40 min, its last 5° take 20 min.
    const facts = legMeasurements(leg("reported", [reported("2020-12-22T00:00Z"), reported("2020-12-22T02:00Z"), reported("2020-12-22T03:00Z")]), places, zones, korea);
    expect(facts[0]?.value).toBe("KADIZ ≈1 hr\n(computed from the drawn route)");
    // 10°E is two thirds of the way to the middle: 01:20 UTC.
    expect(facts[1]?.value).toBe("Tsushima: ≈60 km (30 nmi), est. 10:20 KST");
  });

  it("says when the route is reconstructed and the times estimated", () => {
    const times = [estimated("2020-12-22T00:00Z"), estimated("2020-12-22T01:30Z"), estimated("2020-12-22T03:00Z")];
    expect(legMeasurements(leg("inferred", times), places, zones, korea)[0]?.value).toBe("KADIZ ≈1 hr\n(computed from a reconstructed route; times estimated)");
  });

  it("says when only some of the times are estimated", () => {
    const times = [reported("2020-12-22T00:00Z"), estimated("2020-12-22T01:30Z"), reported("2020-12-22T03:00Z")];
    expect(legMeasurements(leg("reported", times), places, zones, korea)[0]?.value).toBe("KADIZ ≈1 hr\n(computed from the drawn route; times partly estimated)");
  });

  it("gives only the distance for a leg with a vertex nobody can time", () => {
    const facts = legMeasurements(leg("reported", [reported("2020-12-22T00:00Z"), null, reported("2020-12-22T03:00Z")]), places, zones, korea);
    expect(facts).toEqual([{ label: "Closest approach", value: "Tsushima: ≈60 km (30 nmi)" }]);
  });
});

describe("estimatedShare", () => {
  it("counts only the times that exist", () => {
    expect(estimatedShare([reported("2020-12-22T00:00Z"), null])).toBe("none");
    expect(estimatedShare([estimated("2020-12-22T00:00Z"), null, reported("2020-12-22T01:00Z")])).toBe("some");
    expect(estimatedShare([estimated("2020-12-22T00:00Z"), null])).toBe("all");
  });
});
