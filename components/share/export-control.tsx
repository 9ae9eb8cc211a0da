"use client";

import { useTranslations } from "next-intl";

import { useId, useMemo, useState } from "react";
import { usePanelDetails } from "@/components/panel/use-panel-details";
import { useMapController } from "@/components/map/current-map-controller";
import { useViewStoreApi } from "@/components/view-state/view-store-provider";
import { composeImage } from "@/lib/export/compose-image";
import { imageFileName } from "@/lib/export/image-export";
import { ExportError } from "@/lib/map/controller/capture-map";
import { SHARE_BUTTON_CLASS as buttonClass } from "./share-control";
import { saveFile, viewComposition, type ExportFacts } from "./view-composition";
import { VideoExport } from "./video-export";
import { useExportWords } from "./use-export-words";
import { DeferredWords } from "@/components/i18n/deferred-words";
import { useHeaderPanel } from "./use-header-panel";

export type { ExportFacts };

const SCALES = [1, 2] as const;

/**
 * "Export → Image (PNG)": the view as it is on screen, composed in the browser from the map's own
 * frame (lib/map/controller/capture-map.ts) with title, clock, legend, scale, attribution, link and
 * sources (lib/export/compose-image.ts). Nothing leaves the browser and nothing on screen changes.
 */
export function ExportControl({ facts, detailsPath }: { facts: PageFacts; detailsPath: string }) {
  const { open, setOpen, buttonRef, onKeyDown } = useHeaderPanel();
  // Kept here, not in the panel, so an export finishing after the panel closed is reported when it reopens.
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const panelId = useId();
  const t = useTranslations("Client.Export");

  return (
    <div onKeyDown={onKeyDown}>
      <button ref={buttonRef} type="button" className={buttonClass} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {t("button")}
      </button>
      {open && (
        // The panel's words come with it (components/i18n/deferred-words.tsx).
        <DeferredWords>
          <ExportPanel id={panelId} facts={facts} detailsPath={detailsPath} busy={busy} onBusy={setBusy} message={message} onMessage={setMessage} />
        </DeferredWords>
      )}
    </div>
  );
}

/**
 * What the page gives the export. The sources' publishers, which the footer names, come with the
 * panel's details file (lib/details/panel-details.ts) rather than in the page's payload.
 */
type PageFacts = Omit<ExportFacts, "publishers">;
type Message = { text: string; failed: boolean };
type PanelProps = { id: string; facts: PageFacts; detailsPath: string; busy: boolean; onBusy: (busy: boolean) => void; message: Message | null; onMessage: (message: Message | null) => void };

function ExportPanel({ id, facts: pageFacts, detailsPath, busy, onBusy, message, onMessage }: PanelProps) {
  const controller = useMapController();
  const store = useViewStoreApi();
  const t = useTranslations("Client.Export");
  const words = useExportWords();
  const details = usePanelDetails(detailsPath, pageFacts.eventId);
  const facts = useMemo(() => (details.status === "ready" ? { ...pageFacts, publishers: details.file.publishers } : null), [details, pageFacts]);

  const exportImage = async (scale: number) => {
    if (!facts) return;
    onBusy(true);
    onMessage(null);
    try {
      if (!controller) throw new ExportError({ key: "notStarted" });
      const time = store.getState().clock.time;
      const map = await controller.capture(scale);
      const container = controller.map.getContainer();
      const image = composeImage({
        ...viewComposition(facts, container, time, window.location.href, words),
        map,
        mapSize: { width: container.clientWidth, height: container.clientHeight },
        scale,
      });
      const blob = await new Promise<Blob | null>((resolve) => image.toBlob(resolve, "image/png"));
      if (!blob) throw new ExportError({ key: "notEncoded" });
      const name = imageFileName({ ...facts, time }, scale);
      saveFile(blob, name);
      onMessage({ text: t("saved", { name }), failed: false });
    } catch (error) {
      console.error("Image export failed", error);
      const reason = error instanceof ExportError ? t(error.words.key, error.words.values) : t("notRead");
      onMessage({ text: t("failed", { reason }), failed: true });
    } finally {
      onBusy(false);
    }
  };

  return (
    // Placed against the header (PanelHeader), not the button: under the buttons' row and as wide as
    // the header's text, so it stays on screen in the phone's sheet and is wide enough in the side
    // panel that no button's label breaks inside itself in any language. Japanese breaks between
    // phrases (word-break: auto-phrase) rather than anywhere; text-wrap: pretty spares one-word lines.
    <div id={id} className="absolute inset-x-4 z-30 mt-2 rounded-lg border border-line-soft bg-surface p-3 text-sm break-words text-pretty shadow-lg [word-break:auto-phrase]" data-testid="export-panel">
      <p className="text-subtle">{t("intro")}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        {SCALES.map((scale) => (
          <button key={scale} type="button" className={`${buttonClass} whitespace-nowrap`} disabled={busy || !facts} onClick={() => void exportImage(scale)}>
            {t("image", { scale })}
          </button>
        ))}
      </div>
      <p role="status" className={`mt-2 min-h-5 ${message?.failed || details.status === "failed" ? "text-danger" : "text-positive"}`} data-testid="export-message">
        {busy ? t("drawing") : details.status === "failed" ? t("failed", { reason: details.reason }) : message?.text}
      </p>
      {facts && <VideoExport facts={facts} />}
    </div>
  );
}
