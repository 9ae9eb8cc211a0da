import { describe, expect, it } from "vitest";
import { createPlaybackStore } from "./playback-store";

/** A scheduler the test drives by hand, frame by frame. */
function manualScheduler() {
  let pending: ((now: number) => void) | null = null;
  return {
    schedule: (callback: (now: number) => void) => {
      pending = callback;
      return () => {
        pending = null;
      };
    },
    advance: (now: number) => {
      const callback = pending;
      pending = null;
      callback?.(now);
    },
  };
}

describe("playback store", () => {
  it("advances time by elapsed real time × speed and stops at the end", () => {
    const frames = manualScheduler();
    const store = createPlaybackStore({ start: 0, end: 10_000 }, frames.schedule);
    store.setSpeed(10);
    store.play();
    frames.advance(1_000);
    expect(store.getState().time).toBe(0);
    frames.advance(1_500);
    expect(store.getState().time).toBe(5_000);
    frames.advance(3_000);
    expect(store.getState()).toMatchObject({ time: 10_000, playing: false });
  });

  it("clamps scrubbed times to the event and allows no time at all", () => {
    const store = createPlaybackStore({ start: 100, end: 200 });
    store.setTime(50);
    expect(store.getState().time).toBe(100);
    store.setTime(500);
    expect(store.getState().time).toBe(200);
    store.setTime(null);
    expect(store.getState().time).toBeNull();
  });

  it("pausing stops the clock", () => {
    const frames = manualScheduler();
    const store = createPlaybackStore({ start: 0, end: 10_000 }, frames.schedule);
    store.setSpeed(1);
    store.play();
    frames.advance(0);
    frames.advance(100);
    store.pause();
    frames.advance(5_000);
    expect(store.getState()).toMatchObject({ time: 100, playing: false });
  });

  it("notifies subscribers of each change", () => {
    const store = createPlaybackStore({ start: 0, end: 10 });
    let calls = 0;
    const unsubscribe = store.subscribe(() => (calls += 1));
    store.setTime(5);
    store.setSpeed(60);
    // Setting what is already set changes nothing, so nobody is told: no echo loops.
    store.setTime(5);
    store.setSpeed(60);
    store.pause();
    unsubscribe();
    store.setTime(6);
    expect(calls).toBe(2);
  });
});
