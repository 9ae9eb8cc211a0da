import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LAYER_GROUPS,
  PANEL_SECTIONS,
  SPEEDS,
  invalidParameters,
  parseAsCamera,
  parseAsItemId,
  parseAsLocalTime,
  parseViewState,
  roundCamera,
  serializeViewState,
  type UrlViewState,
} from "./view-state";

describe("single parameters", () => {
  it("accepts kebab-case ids and rejects anything else", () => {
    expect(parseAsItemId.parse("h6k-pair-a")).toBe("h6k-pair-a");
    for (const value of ["<script>", "H6K", "a--b", "-a", "", "a b"]) expect(parseAsItemId.parse(value)).toBeNull();
  });

  it("never reads more than the length limit", () => {
    expect(parseAsItemId.parse("a".repeat(10_000))).toHaveLength(200);
  });

  it("reads local times, with a day offset for the next day", () => {
    expect(parseAsLocalTime.parse("0840")).toEqual({ dayOffset: 0, minutes: 520 });
    expect(parseAsLocalTime.parse("0215+1")).toEqual({ dayOffset: 1, minutes: 135 });
    expect(parseAsLocalTime.parse("2460")).toBeNull();
  });

  it("reads the README's next-day time however the + arrives: as typed (a space), or encoded", () => {
    for (const query of ["t=0215+1", "t=0215%2B1", "t=0215%201"]) expect(parseViewState(new URLSearchParams(query)).t).toEqual({ dayOffset: 1, minutes: 135 });
    for (const query of ["t=0215++1", "t=0215+", "t=0215+4", "t=+0215"]) expect(parseViewState(new URLSearchParams(query)).t).toBeNull();
  });

  it("accepts only the listed speeds, written as listed", () => {
    for (const speed of SPEEDS) expect(parseViewState(new URLSearchParams(`speed=${speed}`)).speed).toBe(speed);
    for (const value of ["9e2", "0x384", "900.0", " 900", "+900", "0900", "1e0", "0b1", ""]) expect(parseViewState(new URLSearchParams({ speed: value })).speed).toBeNull();
  });

  it("reads a camera and rejects one outside the world", () => {
    expect(parseAsCamera.parse("5.4/35.10/129.80")).toEqual({ zoom: 5.4, latitude: 35.1, longitude: 129.8, bearing: 0, pitch: 0 });
    expect(parseAsCamera.parse("5/95/129")).toBeNull();
    expect(parseAsCamera.parse("5/35")).toBeNull();
  });

  it("names the parameters it could not use and ignores unknown ones", () => {
    expect(invalidParameters(new URLSearchParams("sel=%3Cb%3E&t=9999&speed=7&zzz=1&map=4/35/130"))).toEqual(["sel", "t", "speed"]);
  });
});

const camera = fc
  .record({
    zoom: fc.integer({ min: 0, max: 2200 }).map((value) => value / 100),
    latitude: fc.integer({ min: -8500, max: 8500 }).map((value) => value / 100),
    longitude: fc.integer({ min: -36000, max: 36000 }).map((value) => value / 100),
    bearing: fc.integer({ min: -180, max: 360 }),
    pitch: fc.integer({ min: 0, max: 85 }),
  })
  .map(roundCamera);

const state: fc.Arbitrary<UrlViewState> = fc.record({
  v: fc.constant(1),
  e: fc.option(fc.date({ min: new Date("2019-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), { nil: null }),
  sel: fc.option(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), { nil: null }),
  t: fc.option(fc.record({ dayOffset: fc.integer({ min: 0, max: 3 }), minutes: fc.integer({ min: 0, max: 1439 }) }), { nil: null }),
  play: fc.option(fc.boolean(), { nil: null }),
  speed: fc.option(fc.constantFrom(...SPEEDS), { nil: null }),
  map: fc.option(camera, { nil: null }),
  hide: fc.option(fc.subarray([...LAYER_GROUPS], { minLength: 1 }), { nil: null }),
  panel: fc.option(fc.constantFrom(...PANEL_SECTIONS), { nil: null }),
});

describe("the whole URL (property-based)", () => {
  it("any query string gives a valid state and never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (key, value) => {
        const search = new URLSearchParams();
        for (const name of ["v", "e", "sel", "t", "play", "speed", "map", "hide", "panel", key]) search.set(name, value);
        const parsed = parseViewState(search);
        // Whatever came in, what comes out serialises and parses back to itself.
        const again = parseViewState(new URLSearchParams(serializeViewState(parsed).slice(1)));
        expect(again).toEqual(parsed);
      }),
      { numRuns: 10_000 },
    );
    // A safety net, not a speed goal: 10,000 cases take seconds, more on a busy CI machine.
  }, 120_000);

  it("state → URL → state is the identity", () => {
    fc.assert(
      fc.property(state, (original) => {
        const url = serializeViewState(original);
        expect(parseViewState(new URLSearchParams(url.slice(1)))).toEqual(original);
      }),
      { numRuns: 2_000 },
    );
  }, 120_000);

  it("writes a short readable link", () => {
    const url = serializeViewState({ v: 1, e: null, sel: "h6k-pair-a", t: { dayOffset: 0, minutes: 520 }, play: null, speed: null, map: { zoom: 5.4, latitude: 35.1, longitude: 129.8, bearing: 0, pitch: 0 }, hide: null, panel: null });
    expect(url).toBe("?v=1&sel=h6k-pair-a&t=0840&map=5.40/35.10/129.80");
  });
});
