"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useMapController } from "@/components/map/current-map-controller";
import { useViewStoreApi } from "@/components/view-state/view-store-provider";
import { composedSize, composeImage } from "@/lib/export/compose-image";
import { videoFileName } from "@/lib/export/image-export";
import { RecordingCancelled } from "@/lib/export/recording-cancelled";
import type { VideoRequest } from "@/lib/export/video-request";
import type { VideoCodecName } from "@/lib/export/video-support";
import { ExportError } from "@/lib/map/controller/capture-map";
import { browserThemeStore } from "@/lib/theme/theme-store";
import { saveView } from "@/lib/view-store/updaters";
import type { ViewState } from "@/lib/view-store/view-state";
import { saveFile, viewComposition, type ExportFacts } from "./view-composition";
import { useExportWords } from "./use-export-words";

export type VideoProgress = { done: number; total: number };
export type VideoMessage = { text: string; failed: boolean };

/**
 * Records the playback as a video: shows the map at each frame's time (held by the map controller,
 * so the reader's clock and link stay as they were), holds the map still for the reader (no pointer
 * on it), and puts the whole view back afterwards, finished, cancelled or failed (playback paused
 * for the recording plays again).
 * Anything else that changes what the video shows while it records (the timeline's play, a
 * selection in the panel) stops it and says so, rather than recording a view the reader did not ask for.
 */
export function useVideoExport(facts: ExportFacts) {
  const controller = useMapController();
  const store = useViewStoreApi();
  const [progress, setProgress] = useState<VideoProgress | null>(null);
  const [message, setMessage] = useState<VideoMessage | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const words = useExportWords();
  const t = useTranslations("Client.Export");
  const locale = useLocale();

  const record = async (request: VideoRequest, codec: VideoCodecName) => {
    setMessage(null);
    if (!controller) {
      setMessage({ text: t("videoNotStarted"), failed: true });
      return;
    }
    const saved = saveView(store.getState());
    // The map shows the recorded times (the controller holds them); the reader's clock stays where it was.
    store.actions.pause();
    const abort = new AbortController();
    abortRef.current = abort;
    const unsubscribe = store.subscribe((state, previous) => {
      if (changedView(state, previous)) abort.abort(new RecordingCancelled({ key: "videoViewChanged" }));
    });
    // A theme switched mid-recording would switch the frames' colours mid-video.
    const themes = browserThemeStore();
    const theme = themes.getState().theme;
    const unsubscribeTheme = themes.subscribe(() => {
      if (themes.getState().theme !== theme) abort.abort(new RecordingCancelled({ key: "videoThemeChanged" }));
    });
    const container = controller.map.getContainer();
    const pointerEvents = container.style.pointerEvents;
    container.style.pointerEvents = "none";
    // Even sizes: VP8 and VP9 encode colour at half resolution, and odd edges are cropped or refused.
    const mapSize = { width: container.clientWidth - (container.clientWidth % 2), height: container.clientHeight - (container.clientHeight % 2) };
    const url = linkWithoutClock(window.location.href);
    const mapCopy = document.createElement("canvas");
    setProgress({ done: 0, total: request.times.length });
    try {
      // The encoder and muxer load only when a video is made: they are not part of the page.
      const { recordVideo } = await import("@/lib/export/record-video");
      const video = await controller.recordFrames(1, (drawFrameAt) =>
        recordVideo({
          request,
          codec,
          signal: abort.signal,
          onProgress: (done, total) => setProgress({ done, total }),
          drawFrame: async (time, canvas) => {
            await drawFrameAt(time, mapCopy);
            composeImage({ ...viewComposition(facts, container, time, url, words), map: mapCopy, mapSize, scale: 1 }, canvas);
          },
        }),
      );
      const name = videoFileName(facts, request.start, request.end);
      saveFile(video, name);
      const { width, height } = composedSize(mapSize, 1);
      setMessage({ text: t("videoSaved", { name, seconds: Math.round(request.durationMs / 1000), width, height, size: fileSize(video.size, locale) }), failed: false });
    } catch (error) {
      console.error("Video export failed", error);
      // The reasons are sentences of their own (the image export shows them whole): one full stop here.
      const reason = error instanceof RecordingCancelled || error instanceof ExportError ? t(error.words.key, error.words.values).replace(/[.。]$/, "") : t("videoCouldNotRecord");
      setMessage({ text: t(error instanceof RecordingCancelled ? "videoCancelled" : "videoFailed", { reason }), failed: true });
    } finally {
      unsubscribe();
      unsubscribeTheme();
      container.style.pointerEvents = pointerEvents;
      store.actions.restore(saved);
      setProgress(null);
      abortRef.current = null;
    }
  };

  const cancel = () => abortRef.current?.abort(new RecordingCancelled({ key: "videoCancelPressed" }));
  return { progress, message, record, cancel, dismiss: () => setMessage(null) };
}

/** A change to what the video shows (hover is left alone: it is fleeting), made by the reader. */
function changedView(state: ViewState, previous: ViewState): boolean {
  return state.clock !== previous.clock || state.selection !== previous.selection || state.camera !== previous.camera || state.hiddenGroups !== previous.hiddenGroups || state.imported !== previous.imported;
}

/** The view's link without its clock: a video covers a span, not the one time the link would open at. */
function linkWithoutClock(href: string): string {
  const url = new URL(href);
  url.searchParams.delete("t");
  url.searchParams.delete("play");
  return url.toString();
}

/** "840 kB", "1.2 MB", in the reader's locale's units. */
function fileSize(bytes: number, locale: string): string {
  const [value, unit, digits] = bytes < 1_000_000 ? [Math.max(1, Math.round(bytes / 1000)), "kilobyte", 0] : [bytes / 1_000_000, "megabyte", 1];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}
