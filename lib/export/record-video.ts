import { BufferTarget, CanvasSource, Output, WebMOutputFormat } from "mediabunny";
import { ExportError } from "@/lib/map/controller/capture-map";
import { OPENING_HOLD_MS, VIDEO_FRAME_RATE } from "./video-frames";
import type { VideoRequest } from "./video-request";
import { RecordingCancelled } from "./recording-cancelled";
import type { VideoCodecName } from "./video-support";


export type VideoRecording = {
  request: VideoRequest;
  codec: VideoCodecName;
  /** Draws the view at `time` into `canvas` once the map has drawn that time; sizes the canvas. */
  drawFrame: (time: number, canvas: HTMLCanvasElement) => Promise<void>;
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
};

// Enough for the map's thin lines and the small legend text to stay sharp at 1280 × 900.
const BITS_PER_SECOND = 4_000_000;

/**
 * Records the request's frames one by one: each is drawn from the clock (never from wall time),
 * waited for until the map has drawn it, composed, and only then encoded with its own timestamp,
 * so a slow machine gives the same smooth file, only later.
 *
 * The browser's WebCodecs VideoEncoder does the encoding and mediabunny writes the WebM (with its
 * Duration and cues, so players show the length and can seek). MediaRecorder over the canvas was
 * tried first and dropped: it stamps frames with the wall-clock time they reach its muxer, and
 * pausing it while a frame renders (pause()/resume(), which Chromium's muxer subtracts) does not
 * hold when encoding is slow, because the pause is handled after the encode: on a loaded 2-core
 * machine a 3 s request came out 6.8–7.1 s long with frames ~100 ms apart and 11 of 62 frames lost.
 * The encoder takes our timestamps as given.
 *
 * Frame 0 is held for OPENING_HOLD_MS, then each frame lasts one frame interval.
 */
export async function recordVideo({ request, codec, drawFrame, onProgress, signal }: VideoRecording): Promise<Blob> {
  const canvas = document.createElement("canvas");
  // Opaque: nothing in the frame is transparent, and an alpha plane would be encoded for nothing.
  canvas.getContext("2d", { alpha: false });
  const { times } = request;
  const stopIfCancelled = () => {
    if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : new RecordingCancelled({ key: "videoStopped" });
  };
  await drawFrame(times[0]!, canvas);
  stopIfCancelled();
  const target = new BufferTarget();
  const output = new Output({ format: new WebMOutputFormat(), target });
  const source = new CanvasSource(canvas, { codec, bitrate: BITS_PER_SECOND, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: VIDEO_FRAME_RATE });
  const hold = OPENING_HOLD_MS / 1000;
  const interval = 1 / VIDEO_FRAME_RATE;
  try {
    await output.start();
    await source.add(0, hold);
    onProgress(1, times.length);
    for (let index = 1; index < times.length; index += 1) {
      await drawFrame(times[index]!, canvas);
      stopIfCancelled();
      await source.add(hold + (index - 1) * interval, interval);
      onProgress(index + 1, times.length);
    }
    await output.finalize();
  } catch (error) {
    if (output.state !== "finalized") await output.cancel();
    if (error instanceof RecordingCancelled || error instanceof ExportError) throw error;
    throw new ExportError({ key: "videoEncoderFailed", values: { detail: error instanceof Error ? error.message : String(error) } });
  }
  if (!target.buffer) throw new ExportError({ key: "videoNoFile" });
  return new Blob([target.buffer], { type: "video/webm" });
}
