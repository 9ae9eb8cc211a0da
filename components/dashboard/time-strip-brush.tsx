"use client";

import { useTranslations } from "next-intl";
import { useDashboard } from "./dashboard-store";

/**
 * The time strip's year range: two range inputs (keyboard: arrows, Home, End) over the strip's
 * axis, with the chosen years shaded. They write the same `from` and `to` as the filters.
 */
export function TimeStripBrush({ firstYear, lastYear }: { firstYear: number; lastYear: number }) {
  const t = useTranslations("Client.Dashboard.brush");
  const from = useDashboard((state) => state.url.from);
  const to = useDashboard((state) => state.url.to);
  const write = useDashboard((state) => state.write);
  const low = Math.min(from ?? firstYear, to ?? lastYear);
  const high = Math.max(from ?? firstYear, to ?? lastYear);
  const span = lastYear + 1 - firstYear;
  const set = (next: { from: number; to: number }) => write({ from: next.from === firstYear ? null : next.from, to: next.to === lastYear ? null : next.to });
  return (
    <div className="relative mt-1" data-testid="year-brush">
      <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 rounded bg-info-surface-strong" style={{ left: `${((low - firstYear) / span) * 100}%`, width: `${((high + 1 - low) / span) * 100}%` }} />
      <div className="relative grid grid-cols-[5.5rem_1fr] items-center gap-x-2 gap-y-0.5 px-1 py-1 text-xs text-subtle">
        <label htmlFor="year-from">{t("from", { year: String(low) })}</label>
        <input id="year-from" type="range" min={firstYear} max={lastYear} step={1} value={low} onChange={(event) => set({ from: Number(event.target.value), to: Math.max(high, Number(event.target.value)) })} className="accent-[var(--color-focus)]" />
        <label htmlFor="year-to">{t("to", { year: String(high) })}</label>
        <input id="year-to" type="range" min={firstYear} max={lastYear} step={1} value={high} onChange={(event) => set({ from: Math.min(low, Number(event.target.value)), to: Number(event.target.value) })} className="accent-[var(--color-focus)]" />
      </div>
    </div>
  );
}
