import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// The files whose errors and refusals name a message of Client.Export by key ({ key: "…" }, reason: "…").
const FILES = ["lib/export/video-request.ts", "lib/export/video-support.ts", "lib/export/record-video.ts", "lib/map/controller/capture-map.ts", "lib/map/controller/map-controller.ts", "components/share/use-video-export.ts", "components/share/export-control.tsx"];

describe("export messages named by key", () => {
  const keys = [...new Set(FILES.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\b(?:key|reason): "(\w+)"|\| "(video\w+)"/g)].map((match) => match[1] ?? match[2] ?? "")))];

  it("finds the keys it checks", () => {
    expect(keys).toEqual(expect.arrayContaining(["videoStartFormat", "videoTooLong", "videoNoEncoder", "mapNotLoaded", "noCanvas", "videoEncoderFailed", "videoCancelPressed"]));
  });

  it.each(LOCALES)("each is a message of Client.Export in %s", (locale) => {
    const messages: Record<string, string> = loadMessages(locale).Client.Export;
    expect(keys.filter((key) => typeof messages[key] !== "string")).toEqual([]);
  });
});
