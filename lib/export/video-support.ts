/** The recording formats tried, best first: VP9 makes smaller files, VP8 is what older browsers have. */
export const WEBM_TYPES = ["video/webm;codecs=vp9", "video/webm;codecs=vp8"] as const;

export type VideoSupport = { ok: true; mimeType: (typeof WEBM_TYPES)[number] } | { ok: false; reason: string };

/** What the browser offers for recording, read from its MediaRecorder (or its absence). */
export type RecorderCapabilities = { isTypeSupported: (type: string) => boolean } | undefined;

/**
 * Whether this browser can record the video, and in which format; when it cannot, the reason in
 * words for the Export menu, so the option explains itself instead of failing when pressed.
 */
export function videoSupport(recorder: RecorderCapabilities, canCaptureCanvas: boolean): VideoSupport {
  if (!recorder || !canCaptureCanvas) return { ok: false, reason: "This browser cannot record video (it has no MediaRecorder for a canvas). The image export still works." };
  const mimeType = WEBM_TYPES.find((type) => recorder.isTypeSupported(type));
  if (!mimeType) return { ok: false, reason: "This browser cannot record WebM video (VP9 or VP8). The image export still works." };
  return { ok: true, mimeType };
}

/** The live browser's support (client only). */
export function browserVideoSupport(): VideoSupport {
  const recorder = typeof MediaRecorder === "undefined" ? undefined : MediaRecorder;
  const canCaptureCanvas = typeof HTMLCanvasElement !== "undefined" && typeof HTMLCanvasElement.prototype.captureStream === "function";
  return videoSupport(recorder, canCaptureCanvas);
}
