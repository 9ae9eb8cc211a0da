import { describe, expect, it } from "vitest";
import { videoSupport } from "./video-support";

describe("videoSupport", () => {
  it("gives the codec the encoder accepts", () => {
    expect(videoSupport(true, "vp9")).toEqual({ ok: true, codec: "vp9" });
    expect(videoSupport(true, "vp8")).toEqual({ ok: true, codec: "vp8" });
  });
  it("says why where the browser cannot record", () => {
    expect(videoSupport(false, null)).toMatchObject({ ok: false, reason: "videoNoEncoder" });
    expect(videoSupport(true, null)).toMatchObject({ ok: false, reason: "videoNoWebm" });
  });
});
