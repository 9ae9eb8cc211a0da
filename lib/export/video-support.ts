/** The codecs tried, best first: VP9 makes smaller files, VP8 is what older encoders have. */
export const VIDEO_CODECS = ["vp9", "vp8"] as const;
export type VideoCodecName = (typeof VIDEO_CODECS)[number];

/** `reason`: a message of Client.Export, worded by the Export menu. */
export type VideoSupport = { ok: true; codec: VideoCodecName } | { ok: false; reason: "videoNoEncoder" | "videoNoWebm" };

/**
 * Whether this browser can make the video, and with which codec; when it cannot, the reason in
 * words for the Export menu (a message key), so the option explains itself instead of failing when pressed.
 * `codec` is the first of VIDEO_CODECS its encoder accepts, or null.
 */
export function videoSupport(hasVideoEncoder: boolean, codec: VideoCodecName | null): VideoSupport {
  if (!hasVideoEncoder) return { ok: false, reason: "videoNoEncoder" };
  if (!codec) return { ok: false, reason: "videoNoWebm" };
  return { ok: true, codec };
}

/** The live browser's support (client only); the encoder library is loaded only when asked. */
export async function browserVideoSupport(size: { width: number; height: number }): Promise<VideoSupport> {
  if (typeof VideoEncoder === "undefined") return videoSupport(false, null);
  const { getFirstEncodableVideoCodec } = await import("mediabunny");
  const codec = await getFirstEncodableVideoCodec([...VIDEO_CODECS], size);
  return videoSupport(true, VIDEO_CODECS.find((name) => name === codec) ?? null);
}
