"use client";

import { useTranslations } from "next-intl";

import { useView, useViewActions } from "@/components/view-state/view-store-provider";
import { ownEntry } from "@/lib/data/own-entry";
import { COUNTRY_COLOURS } from "@/lib/map/palette";
import { ConfidenceBadge } from "./confidence-badge";
import { SourceLinks } from "./source-links";
import { usePanelDetails } from "./use-panel-details";
import { DeferredWords } from "@/components/i18n/deferred-words";
import type { ItemDetails } from "@/lib/details/item-details";
import type { SourceLink } from "@/lib/details/panel-details";

/**
 * The selected item's details, at the top of the panel. They come from the event's panel-details
 * file (`path`), fetched after hydration, not from props: props would be serialised into the page.
 */
export function SelectionDetails({ path, eventId }: { path: string; eventId: string }) {
  const selectedId = useView((state) => state.selection.id);
  const t = useTranslations("Client.Selection");
  const file = usePanelDetails(path, eventId);
  if (selectedId !== null && file.status !== "ready") {
    return (
      <p role="status" className="mx-4 mb-3 rounded-md bg-surface-muted px-3 py-2 text-sm text-muted">
        {file.status === "loading" ? t("loading") : t("failed", { reason: file.reason })}
      </p>
    );
  }
  const item = file.status === "ready" ? ownEntry(file.file.details, selectedId) : undefined;
  const sources = file.status === "ready" ? file.file.sources : [];
  if (!item) {
    return (
      <p className="mx-4 mb-3 rounded-md bg-surface-muted px-3 py-2 text-sm text-muted">
        {t("prompt")}
      </p>
    );
  }
  return (
    // The details' words come with them (components/i18n/deferred-words.tsx), like the panels' words.
    <DeferredWords>
      <SelectedItem item={item} sources={sources} />
    </DeferredWords>
  );
}

function SelectedItem({ item, sources }: { item: ItemDetails; sources: SourceLink[] }) {
  const { select } = useViewActions();
  const t = useTranslations("Client.Selection");
  return (
    <section aria-live="polite" aria-label={t("label")} data-testid="selection-details" className="mx-4 mb-3 rounded-lg border border-line bg-surface p-3 shadow-sm">
      <div className="flex items-start gap-2">
        {item.country && <span aria-hidden="true" className="mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full" style={{ background: COUNTRY_COLOURS[item.country] }} />}
        <div className="flex-1">
          <p className="text-xs text-muted">{t(`kinds.${item.kind}`)}</p>
          <h2 className="font-semibold text-ink">{item.title}</h2>
        </div>
        <button type="button" onClick={() => select(null)} className="rounded px-2 py-0.5 text-sm text-subtle hover:bg-surface-strong focus-visible:outline-2 focus-visible:outline-focus">
          {t("clear")}
        </button>
      </div>
      <p className="mt-1">
        <ConfidenceBadge confidence={item.confidence} />
        {item.confidence === "inferred" && <span className="ml-2 text-xs text-notice-ink">{t("approximate")}</span>}
      </p>
      <dl className="mt-2 grid grid-cols-[6.5rem_1fr] gap-x-2 gap-y-1 text-sm">
        {item.facts.map((fact, index) => (
          // A formation can have two "Joins" rows: the label alone is not a key.
          <div key={`${index}-${fact.label}`} className="contents">
            <dt className="text-muted">{fact.label}</dt>
            {/* Multi-line facts (one zone or landmark a line) are plain text with line breaks. */}
            <dd className="whitespace-pre-line text-ink">{fact.value}</dd>
          </div>
        ))}
      </dl>
      {item.legs.length > 0 && (
        <div className="mt-2">
          <p className="text-xs font-semibold text-muted">{t("legs")}</p>
          <ul className="mt-1 space-y-1">
            {item.legs.map((leg) => (
              <li key={leg.id}>
                <button type="button" onClick={() => select(leg.id)} className="w-full rounded border border-line-soft px-2 py-1 text-left text-sm hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-focus">
                  <span className="flex items-center justify-between gap-2">
                    <span className="text-ink">{leg.name}</span>
                    <ConfidenceBadge confidence={leg.confidence} />
                  </span>
                  <span className="block text-xs text-muted">
                    {leg.distance}
                    {leg.span && ` · ${leg.span}`}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.note && (
        <p className="mt-2 text-sm text-subtle" lang="en">
          {item.note}
        </p>
      )}
      <SourceLinks ids={item.sourceIds} sources={sources} />
    </section>
  );
}
