import { describe, expect, it } from "vitest";
import { dashboardParsers, filtersOf, readDashboardLink } from "./dashboard-url";
import type { FilterOptions } from "./filter-patrols";

const options: FilterOptions = {
  years: { first: 2019, last: 2026 },
  bomberTypes: ["H-6", "H-6K", "Tu-95MS"],
  regions: [
    { id: "sea-of-japan-east-sea", name: "Sea of Japan / East Sea", patrols: 9 },
    { id: "bering-sea", name: "Bering Sea", patrols: 1 },
  ],
  documentation: ["very good", "good", "weak"],
};
const parsers = dashboardParsers(options, ["2019-07-23", "2024-07-24"]);
const read = (query: string) => readDashboardLink(new URLSearchParams(query), parsers);

describe("readDashboardLink", () => {
  it("reads every filter of a good link", () => {
    const { state, rejected } = read("from=2020&to=2024&bomber=h-6k,tu-95ms&region=bering-sea&responder=japan&doc=very-good,weak&colour=country&view=density&patrol=2024-07-24&map=4.20/36.50/131.00");
    expect(rejected).toEqual([]);
    expect(state).toEqual({
      from: 2020,
      to: 2024,
      bomber: ["H-6K", "Tu-95MS"],
      region: ["bering-sea"],
      responder: ["japan"],
      doc: ["very good", "weak"],
      colour: "country",
      view: "density",
      patrol: "2024-07-24",
      map: { zoom: 4.2, latitude: 36.5, longitude: 131, bearing: 0, pitch: 0 },
    });
  });

  it("rejects a value that is not among the options, alone, and keeps the rest", () => {
    const { state, rejected } = read("from=2017&bomber=h-6k,b-52&region=sea-of-japan-east-sea&colour=purple&map=4/95/130");
    expect(rejected).toEqual(["from", "bomber", "colour", "map"]);
    expect(state.region).toEqual(["sea-of-japan-east-sea"]);
    expect(state.from).toBeNull();
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "", ",", "2019.0", " 2019", "1e3"])("never takes %j for a value", (value) => {
    const { state, rejected } = read(`from=${encodeURIComponent(value)}&region=${encodeURIComponent(value)}&bomber=${encodeURIComponent(value)}&patrol=${encodeURIComponent(value)}&doc=${encodeURIComponent(value)}`);
    expect(state.from).toBeNull();
    expect(state.region).toBeNull();
    expect(state.bomber).toBeNull();
    expect(state.patrol).toBeNull();
    expect(state.doc).toBeNull();
    expect(rejected).toEqual(["from", "bomber", "region", "doc", "patrol"]);
  });

  it("cuts a very long value before reading it, so a list cut mid-item is refused rather than half read", () => {
    expect(read(`region=${"bering-sea,".repeat(15)}`).state.region).toEqual(["bering-sea"]);
    expect(read(`region=${"bering-sea,".repeat(100)}`).state.region).toBeNull();
  });
});

describe("filtersOf", () => {
  it("reads a reversed year range the other way round", () => {
    expect(filtersOf({ ...read("from=2024&to=2020").state })).toMatchObject({ fromYear: 2020, toYear: 2024 });
  });

  it("gives empty lists, meaning any, for filters not in the link", () => {
    expect(filtersOf(read("").state)).toEqual({ fromYear: null, toYear: null, bomberTypes: [], regions: [], responders: [], documentation: [] });
  });
});
