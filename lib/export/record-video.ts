import { ExportError } from "@/lib/map/controller/capture-map";
import { PacedRecorder } from "./paced-recorder";
import { OPENING_HOLD_MS, VIDEO_FRAME_RATE } from "./video-frames";
import type { VideoRequest } from "./video-request";
import { writeWebmDuration } from "./webm-duration";

/** A recording stopped on purpose; `message` says why, for the reader. */
export class RecordingCancelled extends Error {}

export type VideoRecording = {
  request: VideoRequest;
  mimeType: string;
  /** Draws the view at `time` into `canvas` once the map has drawn that time; sizes the canvas. */
  drawFrame: (time: number, canvas: HTMLCanvasElement) => Promise<void>;
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
};

// Enough for the map's thin lines and the small legend text to stay sharp at 1280 × 900.
const BITS_PER_SECOND = 4_000_000;

/**
 * Records the request's frames one by one: each is drawn from the clock (never from wall time),
 * waited for until the map has drawn it, composed, and only then given to the recorder, which
 * keeps a steady frame rate however long that took (paced-recorder.ts). The file's header then
 * gets its duration where the browser left it out (webm-duration.ts).
 */
export async function recordVideo({ request, mimeType, drawFrame, onProgress, signal }: VideoRecording): Promise<Blob> {
  const canvas = document.createElement("canvas");
  // Opaque: with an alpha channel the recorder writes a second, useless plane into every frame.
  canvas.getContext("2d", { alpha: false });
  const { times } = request;
  const stopIfCancelled = () => {
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new RecordingCancelled("stopped");
  };
  await drawFrame(times[0]!, canvas);
  stopIfCancelled();
  const recorder = await PacedRecorder.start(canvas, { mimeType, fps: VIDEO_FRAME_RATE, holdMs: OPENING_HOLD_MS, bitsPerSecond: BITS_PER_SECOND });
  try {
    onProgress(1, times.length);
    for (let index = 1; index < times.length; index += 1) {
      await drawFrame(times[index]!, canvas);
      stopIfCancelled();
      await recorder.push();
      onProgress(index + 1, times.length);
    }
    const recorded = await recorder.finish("video/webm");
    if (recorded.size === 0) throw new ExportError("the browser recorded nothing.");
    const { bytes } = writeWebmDuration(new Uint8Array(await recorded.arrayBuffer()), request.durationMs);
    return new Blob([bytes.slice()], { type: "video/webm" });
  } catch (error) {
    recorder.abort();
    throw error;
  }
}
