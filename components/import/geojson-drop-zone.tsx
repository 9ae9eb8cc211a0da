"use client";

import { useTranslations } from "next-intl";

import { useState, type ReactNode } from "react";
import { useView, useViewActions } from "@/components/view-state/view-store-provider";
import { DeferredWords } from "@/components/i18n/deferred-words";
import { uploadProblemText } from "@/lib/import/upload-problem-text";
import { useOpenGeojson } from "./use-open-geojson";
import type { ImportedOverlay } from "@/lib/view-store/view-state";

/** The file input, for the label that opens it from the legend control. */
export const GEOJSON_INPUT_ID = "geojson-file-input";

/**
 * Wraps the map: drop a GeoJSON file on it, or use the legend control's button, to draw your own data over the
 * patrol. The file is read in the browser and never uploaded.
 */
export function GeojsonDropZone({ children }: { children: ReactNode }) {
  const t = useTranslations("Client.Import");
  const imported = useView((state) => state.imported);
  const { setImported } = useViewActions();
  const { open, cancel, progress, error, clearError, notice, clearNotice } = useOpenGeojson();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className="relative h-full w-full"
      data-import={progress ? "reading" : "idle"}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes("Files")) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) open(file);
      }}
    >
      {children}
      {dragging && (
        <DeferredWords>
          <DropHint />
        </DeferredWords>
      )}
      <div className="absolute top-14 left-3 z-10 flex max-w-[16rem] flex-col items-start gap-2 md:top-24 md:right-2 md:left-auto md:items-end">
        {/* Opened by the legend control's button (open-geojson-button.tsx), so out of the tab order. */}
        <input
          id={GEOJSON_INPUT_ID}
          type="file"
          tabIndex={-1}
          aria-label={t("open")}
          accept=".geojson,.json,application/geo+json,application/json"
          className="sr-only"
          data-testid="geojson-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void open(file);
            event.target.value = "";
          }}
        />
        {(imported || progress?.large || error) && (
          // Each message's words come with it (components/i18n/deferred-words.tsx).
          <DeferredWords>
            <ImportMessages imported={imported} onRemove={() => setImported(null)} progress={progress} onCancel={cancel} notice={notice} onDismissNotice={clearNotice} error={error} onDismissError={clearError} />
          </DeferredWords>
        )}
      </div>
    </div>
  );
}

function DropHint() {
  const t = useTranslations("Client.Import");
  return (
    <div className="pointer-events-none absolute inset-0 z-30 flex items-center justify-center border-4 border-dashed border-imported-line bg-imported-surface/60">
      <p className="rounded bg-surface px-4 py-2 font-medium text-imported shadow">{t("drop")}</p>
    </div>
  );
}

type OpenState = ReturnType<typeof useOpenGeojson>;
type MessagesProps = {
  imported: ImportedOverlay | null;
  onRemove: () => void;
  progress: OpenState["progress"];
  onCancel: () => void;
  notice: OpenState["notice"];
  onDismissNotice: () => void;
  error: OpenState["error"];
  onDismissError: () => void;
};

/** The file drawn, the reading's progress, and what went wrong or was left out. */
function ImportMessages({ imported, onRemove, progress, onCancel, notice, onDismissNotice, error, onDismissError }: MessagesProps) {
  const t = useTranslations("Client.Import");
  return (
    <>
      {imported && (
        <p className="rounded-md bg-imported-surface px-2 py-1 text-xs text-imported-ink shadow-sm" data-testid="imported-overlay">
          {t("yourFile", { name: imported.name, count: imported.featureCount })}{" "}
          <button type="button" className="underline focus-visible:outline-2 focus-visible:outline-focus" onClick={onRemove}>
            {t("remove")}
          </button>
        </p>
      )}
      {progress?.large && (
        <div role="status" data-testid="import-progress" className="rounded-md bg-surface px-2 py-1 text-xs text-body shadow-sm">
          {t("reading", { name: progress.name })} <progress className="ml-1 h-2 w-20 align-middle" max={1} value={progress.fraction} aria-label={t("reading", { name: progress.name })} />{" "}
          <button type="button" className="underline focus-visible:outline-2 focus-visible:outline-focus" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      )}
      {imported && notice && (
        <p role="status" data-testid="import-notice" className="rounded-md bg-notice-surface px-2 py-1 text-xs text-notice-ink-strong shadow-sm">
          {t("leftOut", { name: notice.name, count: notice.leftOut })}{" "}
          <button type="button" className="underline focus-visible:outline-2 focus-visible:outline-focus" onClick={onDismissNotice}>
            {t("dismiss")}
          </button>
        </p>
      )}
      {error && (
        <div role="alert" data-testid="import-error" className="rounded-md border border-danger-line bg-danger-surface px-2 py-1 text-xs text-danger-ink shadow-sm">
          {error.problem === "unreadable" ? t("unreadable", { name: error.name }) : t("refused", { name: error.name, problem: uploadProblemText(error.problem, t) })}{" "}
          <button type="button" className="underline focus-visible:outline-2 focus-visible:outline-focus" onClick={onDismissError}>
            {t("dismiss")}
          </button>
        </div>
      )}
    </>
  );
}
