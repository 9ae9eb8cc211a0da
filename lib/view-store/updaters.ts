import { ownEntry } from "@/lib/data/own-entry";
import { LAYER_GROUPS, sameCamera, type Camera, type LayerGroup, type UrlViewState, type ViewStateKey } from "@/lib/url-state/view-state";
import type { CameraOrigin, ImportedOverlay, ViewState } from "./view-state";

// Pure updaters, one per change a reader or a link can make: (state, …) → state. A change that
// changes nothing returns the same state, so subscribers comparing by identity do no work.

export function select(state: ViewState, id: string | null, frame = true): ViewState {
  if (state.selection.id === id && state.selection.frame === frame) return state;
  return { ...state, selection: { id, frame } };
}

export function hover(state: ViewState, id: string | null): ViewState {
  return state.hoveredId === id ? state : { ...state, hoveredId: id };
}

export function setGroupVisible(state: ViewState, group: LayerGroup, visible: boolean): ViewState {
  const hidden = visible ? state.hiddenGroups.filter((name) => name !== group) : LAYER_GROUPS.filter((name) => name === group || state.hiddenGroups.includes(name));
  return setHiddenGroups(state, hidden);
}

export function setHiddenGroups(state: ViewState, groups: readonly LayerGroup[]): ViewState {
  const hidden = LAYER_GROUPS.filter((name) => groups.includes(name));
  const same = hidden.length === state.hiddenGroups.length && hidden.every((name, index) => state.hiddenGroups[index] === name);
  return same ? state : { ...state, hiddenGroups: hidden };
}

export function setCamera(state: ViewState, camera: Camera, origin: CameraOrigin): ViewState {
  const current = state.camera.value;
  if (current && sameCamera(current, camera)) return state;
  return { ...state, camera: { value: camera, origin } };
}

const clamp = (state: ViewState, time: number) => Math.min(state.range.end, Math.max(state.range.start, time));

export function setTime(state: ViewState, time: number | null): ViewState {
  const next = time === null ? null : clamp(state, time);
  return next === state.clock.time ? state : { ...state, clock: { ...state.clock, time: next } };
}

export function play(state: ViewState): ViewState {
  if (state.clock.playing) return state;
  // Playing from the end starts again from the beginning.
  const time = state.clock.time === null || state.clock.time >= state.range.end ? state.range.start : state.clock.time;
  return { ...state, clock: { ...state.clock, time, playing: true } };
}

export function pause(state: ViewState): ViewState {
  return state.clock.playing ? { ...state, clock: { ...state.clock, playing: false } } : state;
}

export function setSpeed(state: ViewState, speed: number): ViewState {
  return speed === state.clock.speed ? state : { ...state, clock: { ...state.clock, speed } };
}

/** One frame of playback: `elapsed` real milliseconds at the clock's speed; stops at the end. */
export function advanceClock(state: ViewState, elapsed: number): ViewState {
  if (!state.clock.playing) return state;
  const time = clamp(state, (state.clock.time ?? state.range.start) + elapsed * state.clock.speed);
  return { ...state, clock: { ...state.clock, time, playing: time < state.range.end } };
}

export function setImported(state: ViewState, imported: ImportedOverlay | null): ViewState {
  return state.imported === imported ? state : { ...state, imported };
}

/** What a link sets, already checked: `rejected` keys are left at their defaults. */
export type LinkedView = { state: UrlViewState; rejected: readonly ViewStateKey[]; time: number | null };

/**
 * A link applied to the view: on first load, or on Back and Forward. On first load the view is
 * still as it started unless the reader already acted (a click during hydration), so what the
 * link does not name is left alone rather than reset; Back/Forward set everything, named or not.
 * A restored selection is not framed: the link's camera, if any, says where to look.
 */
export function applyLink(state: ViewState, { state: linked, rejected, time }: LinkedView, options: { firstLoad: boolean; reduceMotion: boolean }): ViewState {
  const usable = (key: ViewStateKey) => !rejected.includes(key);
  const { firstLoad } = options;
  let next = state;
  const selection = usable("sel") ? linked.sel : null;
  if (!firstLoad || selection !== null) next = select(next, selection, false);
  if (!firstLoad || linked.hide !== null) next = setHiddenGroups(next, linked.hide ?? []);
  if (linked.speed !== null) next = setSpeed(next, linked.speed);
  const linkedTime = usable("t") ? time : null;
  if (!firstLoad || linkedTime !== null) next = setTime(pause(next), linkedTime);
  if (linked.map && usable("map")) next = setCamera(next, linked.map, "url");
  if (linked.play === true && !options.reduceMotion) next = play(next);
  return next;
}

const NONE: readonly string[] = [];

/** The formations an item involves (the event index's relation), the same array while the item is. */
export function formationsOf(state: ViewState, id: string | null): readonly string[] {
  return ownEntry(state.itemFormations, id) ?? NONE;
}

/** What an export that drives the clock puts back when it ends, however it ends. */
export type SavedView = Pick<ViewState, "selection" | "camera" | "clock" | "hiddenGroups">;

export function saveView(state: ViewState): SavedView {
  return { selection: state.selection, camera: state.camera, clock: state.clock, hiddenGroups: state.hiddenGroups };
}

/**
 * The view as it was saved: clock (time, playing, speed), selection, camera and layers. The
 * camera is put back as a link's would be (origin "url"), so the map jumps to it; parts that are
 * unchanged keep their identity.
 */
export function restoreView(state: ViewState, saved: SavedView): ViewState {
  const sameClock = state.clock.time === saved.clock.time && state.clock.playing === saved.clock.playing && state.clock.speed === saved.clock.speed;
  const clock = sameClock ? state.clock : saved.clock;
  const selection = state.selection.id === saved.selection.id ? state.selection : { id: saved.selection.id, frame: false };
  const cameraValue = saved.camera.value;
  const sameCameraValue = cameraValue === null ? state.camera.value === null : state.camera.value !== null && sameCamera(state.camera.value, cameraValue);
  const camera = sameCameraValue ? state.camera : { value: cameraValue, origin: "url" as const };
  const restored = setHiddenGroups({ ...state, clock, selection, camera }, saved.hiddenGroups);
  const unchanged = clock === state.clock && selection === state.selection && camera === state.camera && restored.hiddenGroups === state.hiddenGroups;
  return unchanged ? state : restored;
}
