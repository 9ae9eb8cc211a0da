import { describe, expect, it } from "vitest";
import { createViewStore, driveClock } from "./create-view-store";

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

describe("view store", () => {
  it("plays by animation frames while playing, and stops scheduling when paused", () => {
    const frames = manualScheduler();
    const store = createViewStore({ start: 0, end: 10_000 }, {});
    const stop = driveClock(store, frames.schedule);
    store.actions.setSpeed(10);
    store.actions.play();
    frames.advance(1_000);
    expect(store.getState().clock.time).toBe(0);
    frames.advance(1_500);
    expect(store.getState().clock.time).toBe(5_000);
    store.actions.pause();
    frames.advance(3_000);
    expect(store.getState().clock).toMatchObject({ time: 5_000, playing: false });
    stop();
  });

  it("tells subscribers only of changes", () => {
    const store = createViewStore({ start: 0, end: 10 }, {});
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.actions.select("a");
    store.actions.select("a");
    store.actions.hover(null);
    expect(calls).toBe(1);
  });
});
