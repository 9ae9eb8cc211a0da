import { ExportError } from "@/lib/map/controller/capture-map";

/**
 * Records a canvas with MediaRecorder at a steady frame rate however long each frame takes to draw.
 *
 * MediaRecorder stamps each frame with the wall-clock time it was captured: a frame that took half
 * a second to render would stay on screen for half a second in the file. Chromium's muxer removes
 * paused time from the stamps (media/muxers/muxer_timestamp_adapter.h: after `Resume()` "new inputs
 * will have muxer timestamps starting from the time that `Pause()` was called"). So the recorder is paused while the next frame is drawn, and resumed for
 * exactly one frame interval around the canvas's `requestFrame()`: the file's time then counts
 * only those intervals, and a slow machine gives the same smooth file, only later. The intervals
 * are kept on a running total (each wait aims at the frame's end time, not at "one more interval")
 * so that a late timer shortens the next interval instead of stretching the video.
 *
 * WebCodecs with a muxer would take the stamps from us outright, but it is newer, and MediaRecorder
 * is what every browser that can record at all has.
 *
 * The recorder starts only once it has a frame: Chromium fires `start` after the first frame
 * arrives and drops a frame requested while it is starting but already paused. So the first frame
 * is given before `start` and is held for `holdMs`, which covers that start-up (counted in the
 * file's time like any resumed time) instead of letting it stretch a later frame.
 */
export class PacedRecorder {
  private readonly chunks: Blob[] = [];
  private failure: Error | null = null;
  /** Resumed wall time so far: the file's time. */
  private recordedMs = 0;
  /** Where the file's time should be when the current frame's interval ends. */
  private targetMs: number;

  private constructor(
    private readonly recorder: MediaRecorder,
    private readonly track: CanvasCaptureMediaStreamTrack,
    private readonly frameMs: number,
    holdMs: number,
  ) {
    this.targetMs = holdMs;
    recorder.addEventListener("dataavailable", (event) => this.chunks.push(event.data));
    recorder.addEventListener("error", (event) => {
      this.failure = new ExportError(`The browser stopped recording (${event.error?.message ?? "no reason given"}).`);
    });
  }

  /** Starts recording `canvas`, which already shows the first frame, and holds that frame for `holdMs`. */
  static async start(canvas: HTMLCanvasElement, options: { mimeType: string; fps: number; holdMs: number; bitsPerSecond: number }): Promise<PacedRecorder> {
    const stream = canvas.captureStream(0);
    const [track] = stream.getVideoTracks();
    if (!track || !("requestFrame" in track)) throw new ExportError("This browser cannot record a canvas frame by frame.");
    const recorder = new MediaRecorder(stream, { mimeType: options.mimeType, videoBitsPerSecond: options.bitsPerSecond });
    const paced = new PacedRecorder(recorder, track as CanvasCaptureMediaStreamTrack, 1000 / options.fps, options.holdMs);
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      recorder.addEventListener("start", () => resolve(), { once: true });
      recorder.addEventListener("error", () => reject(paced.failure ?? new ExportError("The browser refused to start recording.")), { once: true });
      recorder.start();
      paced.track.requestFrame();
    });
    await paced.endInterval(started);
    return paced;
  }

  /** Records the canvas as it is now as the next frame, one frame interval long. */
  async push(): Promise<void> {
    this.check();
    const resumed = performance.now();
    this.recorder.resume();
    this.track.requestFrame();
    // The canvas is captured when the page next paints: pausing before that would drop the frame.
    await nextPaint();
    await this.endInterval(resumed);
  }

  /**
   * Ends the recording and returns the file. The last frame is given once more at the end of its
   * interval, so that it has its full length: a WebM's duration runs to its last frame's stamp.
   */
  async finish(mimeType: string): Promise<Blob> {
    this.check();
    const stopped = new Promise<void>((resolve) => this.recorder.addEventListener("stop", () => resolve(), { once: true }));
    this.recorder.resume();
    this.track.requestFrame();
    await nextPaint();
    this.recorder.stop();
    await stopped;
    this.track.stop();
    this.check();
    return new Blob(this.chunks, { type: mimeType });
  }

  /** Stops without a file (cancel or failure). */
  abort(): void {
    if (this.recorder.state !== "inactive") this.recorder.stop();
    this.track.stop();
  }

  /** Waits out the rest of the interval that began at `resumedAt`, then pauses the recorder. */
  private async endInterval(resumedAt: number): Promise<void> {
    const remaining = this.targetMs - this.recordedMs - (performance.now() - resumedAt);
    // A timer here paces the file's time (it is what MediaRecorder measures), it does not wait for
    // anything to happen: nothing else can tell when a frame interval of wall time has passed.
    if (remaining > 0) await new Promise<void>((resolve) => window.setTimeout(resolve, remaining));
    this.recorder.pause();
    this.recordedMs += performance.now() - resumedAt;
    this.targetMs += this.frameMs;
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
