import { describe, expect, it } from "vitest";
import { loadEvent } from "@/lib/data/load-event";
import { legendEntries } from "./legend-entries";
import { buildMapData } from "../content/map-data";

describe("legendEntries", () => {
  it("lists the Bering Sea patrol's routes and no scrambles it does not have", () => {
    const entries = legendEntries(buildMapData(loadEvent("2024-07-24")));
    expect(entries.filter((entry) => entry.kind === "scramble")).toEqual([]);
    expect(entries).toContainEqual({ kind: "route", country: "russia", approximate: false });
    expect(entries).toContainEqual({ kind: "route", country: "china", approximate: false });
  });

  it("lists the Japanese and Korean scrambles, joins and bases of the December 2020 patrol", () => {
    const entries = legendEntries(buildMapData(loadEvent("2020-12-22")));
    expect(entries).toContainEqual({ kind: "scramble", country: "japan" });
    expect(entries).toContainEqual({ kind: "scramble", country: "south-korea" });
    expect(entries.some((entry) => entry.kind === "bases")).toBe(true);
  });

  it("draws nothing it is not given", () => {
    const empty = { type: "FeatureCollection" as const, features: [] };
    expect(legendEntries({ tracks: empty, responses: empty, bases: empty, places: empty, moments: empty })).toEqual([]);
  });
});
