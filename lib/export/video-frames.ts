/** Frames per second of an exported video: smooth enough for a moving aircraft, cheap to encode. */
export const VIDEO_FRAME_RATE = 30;

/**
 * The first frame is held this long before the clock moves: viewers get a moment to read the
 * title and the starting positions, and the recorder's start-up (which MediaRecorder counts in the
 * file's time, lib/export/paced-recorder.ts) falls inside it rather than stretching a later frame.
 */
export const OPENING_HOLD_MS = 1000;

/** The longest video offered: past this the reader should pick a faster speed or a shorter span. */
export const MAX_VIDEO_SECONDS = 600;

/**
 * The patrol's clock for each frame of a video: frame i shows `start + i × speed / fps` seconds
 * (the playback as it runs on screen at that speed), and the last frame shows `end` itself, so the
 * video ends where the reader asked even when the span is not a whole number of frames.
 */
export function frameTimes(start: number, end: number, speed: number, fps = VIDEO_FRAME_RATE): number[] {
  if (!(end > start) || !(speed > 0) || !(fps > 0)) return [start];
  const step = (speed * 1000) / fps;
  const steps = Math.max(1, Math.ceil((end - start) / step - 1e-9));
  return Array.from({ length: steps + 1 }, (_, index) => (index === steps ? end : start + index * step));
}

/** The video's length: the opening hold, then one frame interval per step of the clock. */
export function videoDurationMs(frameCount: number, fps = VIDEO_FRAME_RATE): number {
  return OPENING_HOLD_MS + Math.max(0, frameCount - 1) * (1000 / fps);
}
