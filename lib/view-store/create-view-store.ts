import { createStore, type StoreApi } from "zustand/vanilla";
import type { Camera, LayerGroup } from "@/lib/url-state/view-state";
import * as updaters from "./updaters";
import { initialViewState, type CameraOrigin, type ImportedOverlay, type ViewState } from "./view-state";

/** The changes components may ask for; each runs one pure updater (updaters.ts). */
export type ViewActions = {
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
  setGroupVisible: (group: LayerGroup, visible: boolean) => void;
  setCamera: (camera: Camera, origin: CameraOrigin) => void;
  setTime: (time: number | null) => void;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: number) => void;
  setImported: (overlay: ImportedOverlay | null) => void;
  applyLink: (link: updaters.LinkedView, options: { firstLoad: boolean; reduceMotion: boolean }) => void;
  restore: (saved: updaters.SavedView) => void;
};

export type ViewStore = StoreApi<ViewState> & { actions: ViewActions };

/**
 * One store per event page. zustand's vanilla store rather than React state: the map controller
 * and the playback clock read and follow it frame by frame outside React, and components read
 * slices of it through useStore without re-rendering on changes they do not use.
 */
export function createViewStore(range: ViewState["range"], itemFormations: ViewState["itemFormations"]): ViewStore {
  const store = createStore<ViewState>()(() => initialViewState(range, itemFormations));
  const run =
    <Arguments extends unknown[]>(updater: (state: ViewState, ...values: Arguments) => ViewState) =>
    (...values: Arguments) => {
      const current = store.getState();
      const next = updater(current, ...values);
      if (next !== current) store.setState(next, true);
    };
  const actions: ViewActions = {
    // A selection the reader makes is framed on the map; one a link restores is not (applyLink).
    select: run((state, id: string | null) => updaters.select(state, id, true)),
    hover: run(updaters.hover),
    setGroupVisible: run(updaters.setGroupVisible),
    setCamera: run(updaters.setCamera),
    setTime: run(updaters.setTime),
    play: run(updaters.play),
    pause: run(updaters.pause),
    setSpeed: run(updaters.setSpeed),
    setImported: run(updaters.setImported),
    applyLink: run(updaters.applyLink),
    restore: run(updaters.restoreView),
  };
  return Object.assign(store, { actions });
}

/**
 * Drives playback: while the clock plays, one advanceClock per animation frame by the real time
 * since the last. Returns a function that stops it.
 */
export function driveClock(store: ViewStore, schedule = animationFrame): () => void {
  let cancelFrame: (() => void) | null = null;
  let lastFrame: number | null = null;
  const frame = (now: number) => {
    cancelFrame = null;
    const elapsed = lastFrame === null ? 0 : now - lastFrame;
    lastFrame = now;
    const current = store.getState();
    const next = updaters.advanceClock(current, elapsed);
    if (next !== current) store.setState(next, true);
    if (store.getState().clock.playing && cancelFrame === null) cancelFrame = schedule(frame);
  };
  // Follows play and pause only; the frames themselves schedule the next while playing.
  let playing = false;
  const follow = (state: ViewState) => {
    if (state.clock.playing === playing) return;
    playing = state.clock.playing;
    cancelFrame?.();
    cancelFrame = null;
    if (playing) {
      lastFrame = null;
      cancelFrame = schedule(frame);
    }
  };
  follow(store.getState());
  const unsubscribe = store.subscribe(follow);
  return () => {
    unsubscribe();
    cancelFrame?.();
  };
}

function animationFrame(callback: (now: number) => void): () => void {
  const handle = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(handle);
}
