import { describe, expect, it } from "vitest";
import { parseViewState, type Camera } from "@/lib/url-state/view-state";
import { advanceClock, applyLink, formationsOf, hover, pause, play, restoreView, saveView, select, setCamera, setGroupVisible, setSpeed, setTime } from "./updaters";
import { initialViewState } from "./view-state";

const start = initialViewState({ start: 1_000, end: 11_000 }, { "pair-a": ["pair-a"], "pair-a-leg": ["pair-a"], join: ["pair-a", "pair-b"] });
const camera: Camera = { zoom: 5, latitude: 35, longitude: 130, bearing: 0, pitch: 0 };
const link = (search: string, rejected: ("sel" | "t" | "map")[] = [], time: number | null = null) => ({ state: parseViewState(new URLSearchParams(search)), rejected, time });

describe("view updaters", () => {
  it("frame a selection the reader makes, and return the same state when nothing changes", () => {
    const selected = select(start, "pair-a");
    expect(selected.selection).toEqual({ id: "pair-a", frame: true });
    expect(select(selected, "pair-a")).toBe(selected);
    expect(hover(start, null)).toBe(start);
  });

  it("keep hidden groups in one order, so equal sets are equal", () => {
    const hidden = setGroupVisible(setGroupVisible(start, "moments", false), "zones", false);
    expect(hidden.hiddenGroups).toEqual(["zones", "moments"]);
    expect(setGroupVisible(hidden, "zones", false)).toBe(hidden);
    expect(setGroupVisible(hidden, "zones", true).hiddenGroups).toEqual(["moments"]);
  });

  it("tag the camera with who moved it, and ignore a move to where it already is", () => {
    const moved = setCamera(start, camera, "map");
    expect(moved.camera).toEqual({ value: camera, origin: "map" });
    expect(setCamera(moved, { ...camera }, "url")).toBe(moved);
  });

  it("clamp the clock to the event, advance it by real time × speed and stop at the end", () => {
    expect(setTime(start, 0).clock.time).toBe(1_000);
    expect(setTime(start, 99_000).clock.time).toBe(11_000);
    const playing = play(setSpeed(start, 10));
    expect(playing.clock).toMatchObject({ time: 1_000, playing: true });
    expect(advanceClock(playing, 500).clock.time).toBe(6_000);
    expect(advanceClock(playing, 5_000).clock).toMatchObject({ time: 11_000, playing: false });
    expect(advanceClock(pause(playing), 500)).toEqual(pause(playing));
    // Playing from the end starts again.
    expect(play(setTime(start, 11_000)).clock.time).toBe(1_000);
  });

  it("apply a link without framing its selection, leaving alone on first load what it does not name", () => {
    const acted = setGroupVisible(select(start, "pair-a"), "zones", false);
    const firstLoad = applyLink(acted, link("t=0840"), { firstLoad: true, reduceMotion: false });
    expect(firstLoad.selection.id).toBe("pair-a");
    expect(firstLoad.hiddenGroups).toEqual(["zones"]);
    const back = applyLink(acted, link("sel=join&map=5/35/130"), { firstLoad: false, reduceMotion: false });
    expect(back.selection).toEqual({ id: "join", frame: false });
    expect(back.hiddenGroups).toEqual([]);
    expect(back.camera).toEqual({ value: camera, origin: "url" });
  });

  it("leave rejected values at their defaults, and never play by itself for a reader who asked for less motion", () => {
    const applied = applyLink(start, link("sel=nothing&t=0840&play=1", ["sel", "t"], 5_000), { firstLoad: true, reduceMotion: true });
    expect(applied.selection.id).toBeNull();
    expect(applied.clock).toMatchObject({ time: null, playing: false });
    expect(applyLink(start, link("t=0840&play=1", [], 5_000), { firstLoad: true, reduceMotion: false }).clock).toMatchObject({ time: 5_000, playing: true });
  });

  it("read an item's formations from the index, the same array each time", () => {
    expect(formationsOf(start, "pair-a-leg")).toEqual(["pair-a"]);
    expect(formationsOf(start, "constructor")).toEqual([]);
    expect(formationsOf(start, "join")).toBe(formationsOf(start, "join"));
  });
});

describe("restoreView", () => {
  it("puts back clock, selection, camera and layers after an export drove the clock", () => {
    const before = play(setCamera(setGroupVisible(select(start, "pair-a"), "zones", false), camera, "map"));
    const saved = saveView(before);
    const during = setCamera(select(setTime(pause(before), 9_000), "join"), { ...camera, zoom: 7 }, "map");
    const restored = restoreView(during, saved);
    expect(restored.clock).toEqual(before.clock);
    expect(restored.selection).toEqual({ id: "pair-a", frame: false });
    // Put back as a link's camera, so the map jumps to it.
    expect(restored.camera).toEqual({ value: camera, origin: "url" });
    expect(restored.hiddenGroups).toEqual(["zones"]);
  });
  it("returns the same state when nothing changed", () => {
    const state = setTime(start, 5_000);
    expect(restoreView(state, saveView(state))).toBe(state);
  });
});
