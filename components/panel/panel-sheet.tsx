"use client";

import { useTranslations } from "next-intl";

import { useMemo, useReducer, type ReactNode } from "react";
import { useView } from "@/components/view-state/view-store-provider";
import { sheetReducer } from "@/lib/panel/sheet-state";
import { SheetRaiseContext } from "./sheet-raise";

/**
 * The side panel on wide screens; on phones a bottom sheet over the map. At rest it peeks with the
 * event's title only, so the map has the screen; a selection raises it halfway to show what was
 * chosen, and the reader can raise it to read everything. The sheet's height is a CSS variable
 * (--sheet-height, app/globals.css) that the timeline above it follows. A panel opened from the
 * header (Export, Share) raises it while open (./sheet-raise.ts).
 */
export function PanelSheet({ title, children }: { title: string; children: ReactNode }) {
  const [{ expanded }, dispatch] = useReducer(sheetReducer, { expanded: false, before: null, holds: 0 });
  const raise = useMemo(() => ({ raise: () => dispatch("raise"), release: () => dispatch("release") }), []);
  const t = useTranslations("Client.Sheet");
  const selectedId = useView((state) => state.selection.id);
  const state = expanded ? "full" : selectedId !== null ? "half" : "peek";
  return (
    <aside
      aria-label={t("label")}
      data-expanded={expanded}
      data-sheet={state}
      data-testid="panel"
      className="fixed inset-x-0 bottom-0 z-20 flex h-(--sheet-height) flex-col rounded-t-2xl bg-surface shadow-[0_-4px_16px_rgba(15,23,42,0.18)] transition-[height] duration-200 motion-reduce:transition-none md:static md:z-auto md:h-full md:w-[26rem] md:shrink-0 md:rounded-none md:border-r md:border-line-soft md:shadow-none lg:w-[28rem]"
    >
      <button
        type="button"
        onClick={() => dispatch("toggle")}
        aria-expanded={expanded}
        className="flex w-full shrink-0 flex-col items-center gap-1 px-4 pt-2 pb-2 focus-visible:outline-2 focus-visible:outline-focus md:hidden"
      >
        <span aria-hidden="true" className="h-1.5 w-10 rounded-full bg-line" />
        <span className="flex w-full items-center gap-2 text-left">
          {/* Raised, the sheet shows the heading itself: the title is only the peek's. */}
          <span className="min-w-0 flex-1 truncate text-sm font-semibold text-ink">{state === "peek" ? title : ""}</span>
          <span aria-hidden="true" className="shrink-0 text-xs text-muted">
            {expanded ? `▼ ${t("map")}` : `▲ ${t("more")}`}
          </span>
        </span>
        <span className="sr-only">{expanded ? t("lower") : t("raise")}</span>
      </button>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">
        <SheetRaiseContext value={raise}>{children}</SheetRaiseContext>
      </div>
    </aside>
  );
}
