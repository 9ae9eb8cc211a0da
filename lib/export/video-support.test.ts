import { describe, expect, it } from "vitest";
import { videoSupport } from "./video-support";

describe("videoSupport", () => {
  it("prefers VP9 and falls back to VP8", () => {
    expect(videoSupport({ isTypeSupported: () => true }, true)).toEqual({ ok: true, mimeType: "video/webm;codecs=vp9" });
    expect(videoSupport({ isTypeSupported: (type) => type.endsWith("vp8") }, true)).toEqual({ ok: true, mimeType: "video/webm;codecs=vp8" });
  });
  it("says why where the browser cannot record", () => {
    expect(videoSupport(undefined, true)).toMatchObject({ ok: false, reason: expect.stringContaining("no MediaRecorder") });
    expect(videoSupport({ isTypeSupported: () => true }, false)).toMatchObject({ ok: false, reason: expect.stringContaining("no MediaRecorder") });
    expect(videoSupport({ isTypeSupported: (type) => type.startsWith("video/mp4") }, true)).toMatchObject({ ok: false, reason: expect.stringContaining("cannot record WebM") });
  });
});
