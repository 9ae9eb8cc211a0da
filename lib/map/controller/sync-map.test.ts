import { describe, expect, it } from "vitest";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildEventMapContent } from "../content/event-map-content";
import { LAYER_IDS } from "../ids";
import type { MapView } from "./map-view";
import { syncMap, type MapSurface, type SyncTarget } from "./sync-map";

const content = buildEventMapContent(loadEvent("2020-12-22"), loadZones());

/** A map that records every call sync makes, and keeps just enough state to answer its reads. */
function fakeMap() {
  const calls: [string, ...unknown[]][] = [];
  const featureState = new Map<string, Record<string, unknown>>();
  const layout = new Map<string, unknown>();
  let camera = { zoom: 5, lat: 35, lng: 130, bearing: 0, pitch: 0 };
  const key = (feature: { source: string; id?: string | number }) => `${feature.source}/${String(feature.id)}`;
  const record =
    (name: string) =>
    (...values: unknown[]) => {
      calls.push([name, ...values]);
    };
  const map = {
    getLayer: () => ({}),
    getLayoutProperty: (layer: string) => layout.get(layer),
    setLayoutProperty: (layer: string, property: string, value: unknown) => {
      layout.set(layer, value);
      calls.push(["setLayoutProperty", layer, property, value]);
    },
    setPaintProperty: record("setPaintProperty"),
    getFeatureState: (feature: { source: string; id?: string | number }) => featureState.get(key(feature)) ?? {},
    setFeatureState: (feature: { source: string; id?: string | number }, state: Record<string, unknown>) => {
      featureState.set(key(feature), { ...featureState.get(key(feature)), ...state });
      calls.push(["setFeatureState", key(feature), state]);
    },
    fitBounds: record("fitBounds"),
    jumpTo: (options: { center: [number, number]; zoom: number }) => {
      camera = { ...camera, zoom: options.zoom, lng: options.center[0], lat: options.center[1] };
      calls.push(["jumpTo", options]);
    },
    getZoom: () => camera.zoom,
    getCenter: () => ({ lat: camera.lat, lng: camera.lng }),
    getBearing: () => camera.bearing,
    getPitch: () => camera.pitch,
    setGlobalStateProperty: record("setGlobalStateProperty"),
    addSource: record("addSource"),
    getSource: () => ({}),
    removeSource: record("removeSource"),
    addLayer: record("addLayer"),
    removeLayer: record("removeLayer"),
  } as unknown as MapSurface;
  const elapsed: (number | null)[] = [];
  const target: SyncTarget = {
    map,
    content,
    layers: { trail: { setElapsed: (seconds) => elapsed.push(seconds) }, aircraft: { setElapsed: () => undefined } },
    customStyle: false,
    reduceMotion: () => true,
    padding: () => ({ top: 0, right: 0, bottom: 0, left: 0 }),
  };
  const names = () => calls.map(([name]) => name);
  const clear = () => {
    calls.length = 0;
    elapsed.length = 0;
  };
  return { target, calls, names, clear, elapsed };
}

const base: MapView = {
  theme: "light",
  hiddenGroups: [],
  selection: { id: null, frame: false },
  hovered: [],
  camera: { value: null, origin: "url" },
  time: null,
  imported: null,
};

describe("syncMap", () => {
  it("makes no call at all when nothing changed", () => {
    const map = fakeMap();
    syncMap(map.target, null, base);
    map.clear();
    syncMap(map.target, base, { ...base });
    expect(map.calls).toEqual([]);
  });

  it("repaints for a theme change and touches nothing else", () => {
    const map = fakeMap();
    syncMap(map.target, null, base);
    map.clear();
    syncMap(map.target, base, { ...base, theme: "dark" });
    expect(new Set(map.names())).toEqual(new Set(["setPaintProperty"]));
  });

  it("hides a group's layers once, and does not set them again when asked twice", () => {
    const map = fakeMap();
    syncMap(map.target, null, base);
    map.clear();
    const hidden = { ...base, hiddenGroups: ["zones"] as const };
    syncMap(map.target, base, hidden);
    expect(map.calls).toContainEqual(["setLayoutProperty", LAYER_IDS.zoneFill, "visibility", "none"]);
    expect(map.names().every((name) => name === "setLayoutProperty")).toBe(true);
    map.clear();
    syncMap(map.target, hidden, { ...hidden, hiddenGroups: ["zones"] });
    expect(map.calls).toEqual([]);
  });

  it("selects a formation's legs, dims the rest, and frames it only when the reader chose it", () => {
    const map = fakeMap();
    syncMap(map.target, null, base);
    map.clear();
    const restored = { ...base, selection: { id: "h6k-pair-a", frame: false } };
    syncMap(map.target, base, restored);
    const legs = content.index.items["h6k-pair-a"]!.features.map((feature) => `${feature.source}/${feature.id}`);
    for (const leg of legs) expect(map.calls).toContainEqual(["setFeatureState", leg, { selected: true, dimmed: false }]);
    expect(map.calls).toContainEqual(["setFeatureState", "bases/tsuiki-air-base", { selected: false, dimmed: true }]);
    expect(map.names()).not.toContain("fitBounds");
    map.clear();
    syncMap(map.target, restored, { ...base, selection: { id: "h6k-pair-a", frame: true } });
    expect(map.names()).toEqual(["fitBounds"]);
  });

  it("lights up what is hovered and the routes of its formations, then puts them out", () => {
    const map = fakeMap();
    syncMap(map.target, null, base);
    map.clear();
    const hovering = { ...base, hovered: ["join-near-dokdo-takeshima", "h6k-pair-a", "tu95-pair"] };
    syncMap(map.target, base, hovering);
    expect(map.calls).toContainEqual(["setFeatureState", "moments/join-near-dokdo-takeshima", { hovered: true }]);
    expect(map.calls.filter(([, , state]) => (state as { hovered?: boolean }).hovered === true).length).toBeGreaterThan(2);
    map.clear();
    syncMap(map.target, hovering, base);
    expect(map.calls.every(([name, , state]) => name === "setFeatureState" && (state as { hovered: boolean }).hovered === false)).toBe(true);
  });

  it("hands the playback layers the elapsed seconds, and switches time mode only when it starts or stops", () => {
    const map = fakeMap();
    syncMap(map.target, null, base);
    map.clear();
    const start = content.playback.start;
    syncMap(map.target, base, { ...base, time: start + 60_000 });
    expect(map.elapsed).toEqual([60]);
    expect(map.calls).toEqual([["setGlobalStateProperty", "timeMode", true]]);
    map.clear();
    syncMap(map.target, { ...base, time: start + 60_000 }, { ...base, time: start + 120_000 });
    expect(map.elapsed).toEqual([120]);
    expect(map.calls).toEqual([]);
  });

  it("jumps to a link's camera, but neither to the reader's own move nor to where it already is", () => {
    const map = fakeMap();
    syncMap(map.target, null, base);
    map.clear();
    const camera = { zoom: 6, latitude: 34, longitude: 129, bearing: 0, pitch: 0 };
    syncMap(map.target, base, { ...base, camera: { value: camera, origin: "map" } });
    expect(map.calls).toEqual([]);
    syncMap(map.target, base, { ...base, camera: { value: camera, origin: "url" } });
    expect(map.names()).toEqual(["jumpTo"]);
    map.clear();
    syncMap(map.target, base, { ...base, camera: { value: { ...camera }, origin: "url" } });
    expect(map.calls).toEqual([]);
  });

  it("adds an imported file's source and layers, and removes them when it is closed", () => {
    const map = fakeMap();
    syncMap(map.target, null, base);
    map.clear();
    const imported = { name: "mine.geojson", featureCount: 1, collection: { type: "FeatureCollection" as const, features: [{ type: "Feature" as const, properties: {}, geometry: { type: "Point" as const, coordinates: [130, 35] } }] } };
    syncMap(map.target, base, { ...base, imported });
    expect(map.names()).toEqual(["addSource", "addLayer", "addLayer", "addLayer", "fitBounds"]);
    map.clear();
    syncMap(map.target, { ...base, imported }, base);
    expect(map.names().at(-1)).toBe("removeSource");
    expect(map.names()).not.toContain("addSource");
  });
});
