"use client";

import { useTranslations } from "next-intl";

import { useId, useState } from "react";
import { useMapController } from "@/components/map/current-map-controller";
import { useViewStoreApi } from "@/components/view-state/view-store-provider";
import { composeImage } from "@/lib/export/compose-image";
import { clockLine, imageFileName, type ImageFacts, type ImageWords } from "@/lib/export/image-export";
import { ExportError } from "@/lib/map/controller/capture-map";
import { SHARE_BUTTON_CLASS as buttonClass } from "./share-control";
import type { LegendEntry, LegendWords } from "@/lib/map/style/legend-entries";

/** What the image says beside the map, fixed for the page (the time is read when exporting). */
export type ExportFacts = Omit<ImageFacts, "time"> & { title: string; dateText: string; legend: readonly LegendEntry[]; publishers: readonly string[]; reportedTimes: readonly number[] };

const SCALES = [1, 2] as const;
// The last image's object URL, let go when the next one is made: revoking it right after the
// click can cancel the download in some browsers.
let lastImageUrl: string | null = null;

/**
 * "Export → Image (PNG)": the view as it is on screen, composed in the browser from the map's own
 * frame (lib/map/controller/capture-map.ts) with title, clock, legend, scale, attribution, link and
 * sources (lib/export/compose-image.ts). Nothing leaves the browser and nothing on screen changes.
 */
export function ExportControl({ facts }: { facts: ExportFacts }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const panelId = useId();
  const controller = useMapController();
  const store = useViewStoreApi();
  const t = useTranslations("Client.Export");
  const legendWords = useTranslations("Client").raw("Legend") as LegendWords;
  const imageWords: ImageWords = {
    wholeDay: t("imageWholeDay"),
    positionsEstimated: t("imagePositionsEstimated"),
    sources: (list) => t("imageSources", { list }),
    noneCited: t("imageNoneCited"),
    andMore: (list, count) => t("imageAndMore", { list, count }),
    countOnly: (count) => t("imageCountOnly", { count }),
  };

  const exportImage = async (scale: number) => {
    setBusy(true);
    setMessage(null);
    try {
      if (!controller) throw new ExportError(t("notStarted"));
      const time = store.getState().clock.time;
      const map = await controller.capture(scale);
      const image = composeImage({
        map,
        mapSize: { width: controller.map.getContainer().clientWidth, height: controller.map.getContainer().clientHeight },
        scale,
        title: facts.title,
        subtitle: `${facts.dateText} · ${clockLine({ ...facts, time }, facts.reportedTimes, imageWords)}`,
        legend: facts.legend,
        legendWords,
        imageWords,
        scaleBars: readScaleBars(controller.map.getContainer()),
        attribution: "Natural Earth (public domain)",
        url: window.location.href,
        publishers: facts.publishers,
        dark: document.documentElement.dataset.theme === "dark",
      });
      const blob = await new Promise<Blob | null>((resolve) => image.toBlob(resolve, "image/png"));
      if (!blob) throw new ExportError(t("notEncoded"));
      const name = imageFileName({ ...facts, time }, scale);
      saveFile(blob, name);
      setMessage({ text: t("saved", { name }), failed: false });
    } catch (error) {
      console.error("Image export failed", error);
      const reason = error instanceof ExportError ? error.message : t("notRead");
      setMessage({ text: t("failed", { reason }), failed: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="relative">
      <button type="button" className={buttonClass} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t("button")}
      </button>
      {open && (
        <div id={panelId} className="absolute right-0 z-30 mt-2 w-[min(18rem,calc(100vw-2rem))] rounded-lg border border-line-soft bg-surface p-3 text-sm shadow-lg" data-testid="export-panel">
          <p className="text-subtle">{t("intro")}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {SCALES.map((scale) => (
              <button key={scale} type="button" className={buttonClass} disabled={busy} onClick={() => void exportImage(scale)}>
                {t("image", { scale })}
              </button>
            ))}
          </div>
          <p role="status" className={`mt-2 min-h-5 ${message?.failed ? "text-danger" : "text-positive"}`} data-testid="export-message">
            {busy ? t("drawing") : message?.text}
          </p>
        </div>
      )}
    </div>
  );
}

/** Hands the image to the browser's downloads, as a blob: nothing is sent anywhere. */
function saveFile(blob: Blob, name: string): void {
  if (lastImageUrl) URL.revokeObjectURL(lastImageUrl);
  lastImageUrl = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = lastImageUrl;
  link.download = name;
  link.click();
}

/** The map's scale controls as they read now, so the image's bars match the screen's. */
function readScaleBars(container: HTMLElement): { label: string; width: number }[] {
  return Array.from(container.querySelectorAll<HTMLElement>(".maplibregl-ctrl-scale")).flatMap((bar) => (bar.textContent ? [{ label: bar.textContent, width: bar.getBoundingClientRect().width }] : []));
}
