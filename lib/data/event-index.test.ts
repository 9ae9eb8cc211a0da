import { describe, expect, it } from "vitest";
import { DataError } from "./data-error";
import { buildEventIndex } from "./event-index";
import { listEventIds, loadEvent } from "./load-event";
import { ownEntry } from "./own-entry";
import { loadZones } from "./load-zones";

const zones = loadZones();
const bundle = loadEvent("2020-12-22");
const index = buildEventIndex(bundle, zones);
const item = (id: string) => {
  const found = index.items[id];
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe("buildEventIndex", () => {
  it("has one item for every formation, leg, scramble, base, place and moment", () => {
    const ids = [
      ...bundle.event.formations.map((formation) => formation.id),
      ...[bundle.tracks, bundle.responses, bundle.bases, bundle.places].flatMap((collection) => collection.features.map((feature) => feature.properties.id)),
      ...bundle.event.moments.map((moment) => moment.id),
    ];
    expect(Object.keys(index.items).sort()).toEqual([...ids].sort());
  });

  it("links a formation to itself and all its legs, a leg to its formation, a moment to the formations it names", () => {
    const legs = bundle.tracks.features.filter((track) => track.properties.formation === "h6k-pair-a").map((track) => track.properties.id);
    expect(legs.length).toBeGreaterThan(1);
    expect(item("h6k-pair-a").formations).toEqual(["h6k-pair-a"]);
    expect(item("h6k-pair-a").features).toEqual(legs.map((id) => ({ source: "tracks", id })));
    expect(item(legs[0]!).formations).toEqual(["h6k-pair-a"]);
    expect(item("join-near-dokdo-takeshima").formations).toEqual(["h6k-pair-a", "tu95-pair"]);
  });

  it("makes a click on a leg select its formation, and on anything else the thing itself", () => {
    const leg = bundle.tracks.features[0]!.properties;
    expect(item(leg.id).pickedAs).toBe(leg.formation);
    const base = bundle.bases.features[0]!.properties.id;
    expect(item(base).pickedAs).toBe(base);
  });

  it("lights a base up with its scrambles, and a scramble with its base", () => {
    const response = bundle.responses.features[0]!.properties;
    expect(item(response.id).features).toEqual([
      { source: "responses", id: response.id },
      { source: "bases", id: response.base },
    ]);
    expect(item(response.base).features).toContainEqual({ source: "responses", id: response.id });
  });

  it("frames a leg on its drawn great circle, and gives no frame to a moment nobody placed", () => {
    const leg = bundle.tracks.features[0]!;
    const [west, south, east, north] = item(leg.properties.id).bounds!;
    for (const [longitude, latitude] of leg.geometry.coordinates) {
      expect(longitude).toBeGreaterThanOrEqual(west);
      expect(longitude).toBeLessThanOrEqual(east);
      expect(latitude).toBeGreaterThanOrEqual(south);
      expect(latitude).toBeLessThanOrEqual(north);
    }
    const unplaced = bundle.event.moments.find((moment) => !moment.position);
    expect(unplaced).toBeDefined();
    expect(item(unplaced!.id).bounds).toBeNull();
    expect(item(unplaced!.id).features).toEqual([]);
  });

  it("links a reported zone entry to its zone by id, and names every zone once", () => {
    expect(item("kadiz-entry-west-of-ieodo").zones).toEqual(["kadiz"]);
    expect(index.zones.map((zone) => zone.id)).toEqual(zones.features.map((zone) => zone.properties.id));
    expect(index.zones.find((zone) => zone.id === "china-ecs-adiz")?.shortName).toBe("China ECS ADIZ");
    // A formation's zones are those its drawn route crosses.
    expect(item("h6k-pair-a").zones).toContain("kadiz");
  });

  it("refuses a moment naming a zone data/zones does not have, naming file, moment and field", () => {
    const broken = structuredClone(bundle);
    broken.event.moments[0] = { ...broken.event.moments[0]!, zone: "madeup-adiz" };
    expect(() => buildEventIndex(broken, zones)).toThrow(DataError);
    expect(() => buildEventIndex(broken, zones)).toThrow(/event\.json.*zone.*madeup-adiz/s);
  });

  it("builds the playback model once and computes crossings from it", () => {
    expect(index.crossings.every((crossing) => index.playback.formations.some((formation) => formation.id === crossing.formation))).toBe(true);
  });

  // A link's `sel` is looked up in these items on every map page: tests/e2e/hostile-links.spec.ts
  // loads a few pages with such names, this covers every event's items.
  it.each(listEventIds())("gives no item of %s a name every object inherits, and resolves none of them", (eventId) => {
    const eventIndex = buildEventIndex(loadEvent(eventId), zones);
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
      expect(Object.hasOwn(eventIndex.items, name), name).toBe(false);
      expect(ownEntry(eventIndex.items, name), name).toBeUndefined();
    }
  });
});
