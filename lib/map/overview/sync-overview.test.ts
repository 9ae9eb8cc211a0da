import { describe, expect, it } from "vitest";
import { LAYER_IDS } from "../ids";
import type { OverviewView } from "./overview-view";
import { syncOverview, type OverviewSurface, type OverviewTarget } from "./sync-overview";

/** A map that records every call sync makes. */
function fakeMap() {
  const calls: [string, ...unknown[]][] = [];
  const record =
    (name: string) =>
    (...values: unknown[]) => {
      calls.push([name, ...values]);
    };
  const map = {
    getLayer: () => ({}),
    setPaintProperty: record("setPaintProperty"),
    setLayoutProperty: record("setLayoutProperty"),
    setFilter: record("setFilter"),
    setFeatureState: record("setFeatureState"),
    setGlobalStateProperty: record("setGlobalStateProperty"),
    fitBounds: record("fitBounds"),
  } as unknown as OverviewSurface;
  return { map, calls };
}

const view: OverviewView = { theme: "light", colourBy: "year", mode: "routes", visible: null, hovered: null, selected: null, frame: null };
const named = (calls: [string, ...unknown[]][], name: string) => calls.filter(([call]) => call === name);

function target(reduceMotion = false): OverviewTarget & { calls: [string, ...unknown[]][] } {
  const { map, calls } = fakeMap();
  // Two cells: the first flown by patrols 0 (30 min) and 1 (10 min), the second by patrol 1 only (40 min).
  return { map, calls, patrolCount: 2, densityPatrols: [[[0, 30], [1, 10]], [[1, 40]]], reduceMotion: () => reduceMotion };
}

describe("syncOverview", () => {
  it("applies everything the first time", () => {
    const sync = target();
    syncOverview(sync, null, view);
    expect(named(sync.calls, "setFilter")).toEqual([]);
    // Every patrol is told it is shown.
    expect(named(sync.calls, "setFeatureState")).toEqual([
      ["setFeatureState", { source: "patrol-routes", id: 0 }, { hidden: false }],
      ["setFeatureState", { source: "patrol-routes", id: 1 }, { hidden: false }],
    ]);
    expect(named(sync.calls, "setLayoutProperty").length).toBe(6);
    expect(named(sync.calls, "setGlobalStateProperty")).toEqual([["setGlobalStateProperty", "patrolFocused", false]]);
  });

  it("does nothing for the same view again", () => {
    const sync = target();
    syncOverview(sync, null, view);
    sync.calls.length = 0;
    syncOverview(sync, view, { ...view, visible: null });
    expect(sync.calls).toEqual([]);
  });

  it("filters with feature state on the patrols whose visibility changed, never new data or a layer filter", () => {
    const sync = target();
    syncOverview(sync, view, { ...view, visible: [1] });
    expect(named(sync.calls, "setFilter")).toEqual([]);
    expect(named(sync.calls, "setFeatureState")).toEqual([["setFeatureState", { source: "patrol-routes", id: 0 }, { hidden: true }]]);
    sync.calls.length = 0;
    syncOverview(sync, { ...view, visible: [1] }, { ...view, visible: [1] });
    expect(sync.calls).toEqual([]);
    syncOverview(sync, { ...view, visible: [1] }, { ...view, visible: [0] });
    expect(sync.calls).toEqual([
      ["setFeatureState", { source: "patrol-routes", id: 0 }, { hidden: false }],
      ["setFeatureState", { source: "patrol-routes", id: 1 }, { hidden: true }],
    ]);
  });

  it("moves hover and selection feature state from one patrol to the next, and fades the rest while one is focused", () => {
    const sync = target();
    syncOverview(sync, view, { ...view, hovered: 3 });
    syncOverview(sync, { ...view, hovered: 3 }, { ...view, hovered: 4, selected: 4 });
    expect(named(sync.calls, "setFeatureState")).toEqual([
      ["setFeatureState", { source: "patrol-routes", id: 3 }, { hovered: true }],
      ["setFeatureState", { source: "patrol-routes", id: 3 }, { hovered: false }],
      ["setFeatureState", { source: "patrol-routes", id: 4 }, { hovered: true }],
      ["setFeatureState", { source: "patrol-routes", id: 4 }, { selected: true }],
    ]);
    expect(named(sync.calls, "setGlobalStateProperty")).toEqual([["setGlobalStateProperty", "patrolFocused", true]]);
  });

  it("gives each density cell its share of the busiest over the patrols shown", () => {
    const sync = target();
    syncOverview(sync, view, { ...view, mode: "density" });
    expect(named(sync.calls, "setFeatureState").filter(([, feature]) => (feature as { source: string }).source === "patrol-density")).toEqual([
      ["setFeatureState", { source: "patrol-density", id: 0 }, { share: 1 }],
      ["setFeatureState", { source: "patrol-density", id: 1 }, { share: 1 }],
    ]);
    sync.calls.length = 0;
    syncOverview(sync, { ...view, mode: "density" }, { ...view, mode: "density", visible: [0] });
    expect(named(sync.calls, "setFeatureState").filter(([, feature]) => (feature as { source: string }).source === "patrol-density")).toEqual([
      ["setFeatureState", { source: "patrol-density", id: 0 }, { share: 1 }],
      ["setFeatureState", { source: "patrol-density", id: 1 }, { share: 0 }],
    ]);
  });

  it("recolours the routes when the colouring or the theme changes", () => {
    const sync = target();
    syncOverview(sync, view, { ...view, colourBy: "country" });
    const paints = named(sync.calls, "setPaintProperty").filter(([, layer]) => layer === LAYER_IDS.patrolRoutesSourced);
    expect(paints[0]![3]).toEqual(expect.arrayContaining(["match", ["get", "country"]]));
  });

  it("frames each framing request once, flying unless the reader asked for reduced motion", () => {
    const sync = target();
    const request = { bounds: [170, 50, 190, 62] as [number, number, number, number] };
    syncOverview(sync, view, { ...view, selected: 1, frame: request });
    expect(named(sync.calls, "fitBounds")).toEqual([
      [
        "fitBounds",
        [
          [170, 50],
          [190, 62],
        ],
        expect.objectContaining({ animate: true, padding: expect.objectContaining({ right: 56 }) }),
      ],
    ]);
    sync.calls.length = 0;
    // The same request again (a hover, a filter) leaves the camera where the reader put it.
    syncOverview(sync, { ...view, selected: 1, frame: request }, { ...view, selected: 1, hovered: 0, frame: request });
    expect(named(sync.calls, "fitBounds")).toEqual([]);
    // Asked again, as a new request: framed again.
    syncOverview(sync, { ...view, frame: request }, { ...view, frame: { ...request } });
    expect(named(sync.calls, "fitBounds")).toHaveLength(1);

    const still = target(true);
    syncOverview(still, view, { ...view, frame: request });
    expect(named(still.calls, "fitBounds")[0]![2]).toMatchObject({ animate: false });
  });

  it("jumps to a link's framing on the first sync, and never frames without a request", () => {
    const sync = target();
    syncOverview(sync, null, view);
    expect(named(sync.calls, "fitBounds")).toEqual([]);
    syncOverview(sync, null, { ...view, frame: { bounds: [120, 30, 130, 40] } });
    expect(named(sync.calls, "fitBounds")[0]![2]).toMatchObject({ animate: false });
  });
});
