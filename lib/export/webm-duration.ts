import { fixParsedWebmDuration } from "@fix-webm-duration/fix";
import { WebmFile } from "@fix-webm-duration/parser";

/**
 * Writes the video's length into its header where the recorder left it out. MediaRecorder writes
 * WebM as a live stream, and several browsers never go back to fill in the Segment's Duration, so
 * players show no length and cannot seek. fix-webm-duration adds the element (and sets the
 * timestamp scale to milliseconds, as it assumes); a file that already has a Duration is left as
 * it is. `written` says which happened, for the log.
 */
export function writeWebmDuration(bytes: Uint8Array, durationMs: number): { bytes: Uint8Array; written: boolean } {
  const file = new WebmFile(bytes);
  const written = fixParsedWebmDuration(file, durationMs, { logger: false });
  return { bytes: written ? file.source ?? bytes : bytes, written };
}
