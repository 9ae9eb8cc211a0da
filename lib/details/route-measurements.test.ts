import { describe, expect, it } from "vitest";
import { formatApproachDistance, landmarkApproachFact, zoneTimeFact } from "./route-measurements";
import type { PlaceCollection, ZoneFile } from "@/lib/data/schema";

const hour = 3_600_000;
const midnight = Date.parse("2020-12-22T00:00Z");
const korea = { offsetMinutes: 540, zoneLabel: "KST" };

/** A square zone between the given longitudes, 5° either side of the equator. */
function zone(id: string, shortName: string, west: number, east: number): ZoneFile["features"][number] {
  return {
    type: "Feature",
    geometry: { type: "Polygon", coordinates: [[[west, -5], [east, -5], [east, 5], [west, 5], [west, -5]]] },
    properties: { id, name: shortName, shortName, confidence: "confirmed", sources: ["test"], country: "south-korea", approximateVertices: [] },
  };
}
const zones = (...features: ZoneFile["features"]): ZoneFile => ({ type: "FeatureCollection", features, sources: [] });

function places(...entries: [string, string, number, number][]): PlaceCollection {
  return {
    type: "FeatureCollection",
    features: entries.map(([id, name, longitude, latitude]) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: [longitude, latitude] },
      properties: { id, name, confidence: "confirmed", sources: ["test"], kind: "island", significance: "test" },
    })),
  };
}

// Along the equator from 0° to 30°E in three hours: 10° of longitude an hour.
const eastbound = { coordinates: [[0, 0], [30, 0]], times: [midnight, midnight + 3 * hour] };

describe("zoneTimeFact", () => {
  it("gives each zone entered its time inside, and what the figures were computed from once", () => {
    // In the first zone from 10°E to 20°E (one hour), in the second from 25°E to the end (half an hour).
    const fact = zoneTimeFact(eastbound, zones(zone("first", "FIRST", 10, 20), zone("second", "SECOND", 25, 40)), "computed from the drawn route");
    expect(fact).toEqual({ label: "Time in ADIZs", value: "FIRST ≈1 hr\nSECOND ≈30 mins\n(computed from the drawn route)" });
  });

  it("leaves out a zone the route never enters", () => {
    const fact = zoneTimeFact(eastbound, zones(zone("far", "FAR", 100, 110), zone("first", "FIRST", 10, 20)), "basis");
    expect(fact.value).toBe("FIRST ≈1 hr\n(basis)");
  });

  it("says so in one line when the route enters no zone", () => {
    expect(zoneTimeFact(eastbound, zones(zone("far", "FAR", 100, 110)), "basis")).toEqual({ label: "Time in ADIZs", value: "None entered (basis)" });
  });

  it("does not claim an exact figure for a brush with a zone", () => {
    // Clips the zone's corner for 0.1° of the 30°: about 36 seconds.
    const fact = zoneTimeFact(eastbound, zones(zone("edge", "EDGE", 29.9, 40)), "basis");
    expect(fact.value).toBe("EDGE under 5 mins\n(basis)");
  });
});

describe("landmarkApproachFact", () => {
  it("gives the distance in km and nmi and the local time of the closest approach", () => {
    // Half a degree north of 10°E, which the route passes one hour in: 55.6 km (30.0 nmi) at 01:00 UTC.
    const fact = landmarkApproachFact(eastbound, places(["dokdo-takeshima", "Dokdo / Takeshima", 10, 0.5]), korea);
    expect(fact).toEqual({ label: "Closest approach", value: "Dokdo / Takeshima: ≈60 km (30 nmi), est. 10:00 KST" });
  });

  it("gives no time for a route without times", () => {
    const fact = landmarkApproachFact({ coordinates: eastbound.coordinates }, places(["okinawa-island", "Okinawa Island", 1, 0.5]), korea);
    expect(fact?.value).toBe("Okinawa Island: ≈60 km (30 nmi)");
  });

  it("lists the landmarks in a fixed order and ignores other places", () => {
    const fact = landmarkApproachFact(
      eastbound,
      places(["okinawa-island", "Okinawa Island", 30, 1], ["jeju-island", "Jeju", 0, 0], ["tsushima-island", "Tsushima", 0, 0]),
      korea,
    );
    // Okinawa is 1° (111 km, 60 nmi) north of the route's end at 03:00 UTC; Tsushima is on its start.
    expect(fact?.value).toBe("Tsushima: under 10 km (under 5.5 nmi), est. 09:00 KST\nOkinawa Island: ≈110 km (60 nmi), est. 12:00 KST");
  });

  it("is null when the event has none of the landmarks", () => {
    expect(landmarkApproachFact(eastbound, places(["jeju-island", "Jeju", 0, 0]), korea)).toBeNull();
  });
});

describe("formatApproachDistance", () => {
  it("rounds to 10 km and 5 nmi, each from the unrounded distance", () => {
    // 44 km is 23.8 nmi.
    expect(formatApproachDistance(44)).toBe("≈40 km (25 nmi)");
    // 1,274 km is 687.9 nmi.
    expect(formatApproachDistance(1274)).toBe("≈1,270 km (690 nmi)");
  });

  it("says only 'under 10 km' when closer than that", () => {
    expect(formatApproachDistance(3.2)).toBe("under 10 km (under 5.5 nmi)");
    expect(formatApproachDistance(10)).toBe("≈10 km (5 nmi)");
  });
});
