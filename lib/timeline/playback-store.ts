/**
 * The playback clock: current time, playing or paused, and speed. It lives outside React so the
 * map can follow it frame by frame without re-rendering the page; React reads it through
 * useSyncExternalStore.
 */
export type PlaybackState = {
  /** Milliseconds since the epoch, or null when no time is chosen (the whole day is shown). */
  time: number | null;
  playing: boolean;
  /** Simulated seconds per real second. */
  speed: number;
};

export const PLAYBACK_SPEEDS = [1, 10, 60, 300, 900, 3600] as const;
export const DEFAULT_SPEED = 900;

export type PlaybackStore = {
  getState: () => PlaybackState;
  subscribe: (listener: () => void) => () => void;
  setTime: (time: number | null) => void;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: number) => void;
  destroy: () => void;
};

export function createPlaybackStore(range: { start: number; end: number }, schedule = defaultScheduler): PlaybackStore {
  let state: PlaybackState = { time: null, playing: false, speed: DEFAULT_SPEED };
  const listeners = new Set<() => void>();
  let cancelFrame: (() => void) | null = null;
  let lastFrame: number | null = null;

  const emit = (next: PlaybackState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const clamp = (time: number) => Math.min(range.end, Math.max(range.start, time));

  const frame = (now: number) => {
    cancelFrame = null;
    if (!state.playing) return;
    const elapsed = lastFrame === null ? 0 : now - lastFrame;
    lastFrame = now;
    const time = clamp((state.time ?? range.start) + elapsed * state.speed);
    const finished = time >= range.end;
    emit({ ...state, time, playing: !finished });
    if (!finished) cancelFrame = schedule(frame);
  };

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setTime: (time) => {
      const next = time === null ? null : clamp(time);
      if (next !== state.time) emit({ ...state, time: next });
    },
    play: () => {
      if (state.playing) return;
      // Playing from the end starts again from the beginning.
      const time = state.time === null || state.time >= range.end ? range.start : state.time;
      lastFrame = null;
      emit({ ...state, time, playing: true });
      cancelFrame = schedule(frame);
    },
    pause: () => {
      cancelFrame?.();
      cancelFrame = null;
      if (state.playing) emit({ ...state, playing: false });
    },
    setSpeed: (speed) => {
      if (speed !== state.speed) emit({ ...state, speed });
    },
    destroy: () => {
      cancelFrame?.();
      listeners.clear();
    },
  };
}

function defaultScheduler(callback: (now: number) => void): () => void {
  const handle = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(handle);
}
