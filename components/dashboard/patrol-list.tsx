"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { DownloadLinks } from "@/components/share/download-links";
import { useThemeState } from "@/components/theme/use-theme";
import type { PatrolSummary } from "@/lib/dashboard/patrol-summary";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { localePath } from "@/lib/i18n/locales";
import { yearColour } from "@/lib/map/palette";
import { listOf, patrolDate } from "./locale-format";

type Props = {
  patrols: readonly PatrolSummary[];
  visible: ReadonlySet<number>;
  hovered: number | null;
  selected: number | null;
  onHover: (patrol: number | null) => void;
  onSelect: (patrol: number | null) => void;
};

/**
 * The patrols as a list: the map's text alternative. Hovering or focusing an item lights its
 * routes on the map; "Show on map" selects it. Patrols the filters leave out are not listed.
 */
export function PatrolList({ patrols, visible, hovered, selected, onHover, onSelect }: Props) {
  const { theme } = useThemeState();
  const t = useTranslations("Client.Dashboard");
  const locale = useLocale();
  return (
    <ol className="divide-y divide-line-soft" data-testid="patrol-list">
      {patrols
        .filter((patrol) => visible.has(patrol.index))
        .map((patrol) => {
          const active = hovered === patrol.index || selected === patrol.index;
          return (
            <li
              key={patrol.id}
              data-patrol={patrol.id}
              data-highlighted={active ? "true" : undefined}
              aria-current={selected === patrol.index ? "true" : undefined}
              onMouseEnter={() => onHover(patrol.index)}
              onMouseLeave={() => onHover(null)}
              onFocus={() => onHover(patrol.index)}
              onBlur={() => onHover(null)}
              className={`px-3 py-2 text-sm ${active ? "bg-info-surface-strong" : ""}`}
            >
              <div className="flex items-baseline gap-2">
                <span aria-hidden="true" className="inline-block h-2.5 w-5 shrink-0 rounded-sm" style={{ backgroundColor: yearColour(patrol.year, theme) }} />
                <time dateTime={patrol.date} className="shrink-0 font-medium text-ink tabular-nums">
                  {patrolDate(patrol.date, locale, "compact")}
                </time>
                {/* A phone wraps the title rather than cutting it (a long date, Russian's, leaves little of one line); wider screens cut it and show it whole on hover. */}
                <Link prefetch={false} href={patrol.href} lang="en" title={patrol.title} className="min-w-0 text-body underline-offset-2 hover:underline sm:truncate">
                  {patrol.title}
                </Link>
              </div>
              <p className="mt-0.5 text-xs text-subtle">
                {patrol.bombers || t("list.bombersNotReported")} · {listOf(patrol.regions.map((region) => region.name), locale) || "—"} ·{" "}
                <span className={`whitespace-nowrap ${patrol.documentation === "weak" ? "font-medium text-notice-ink" : ""}`}>{t("list.documentation", { quality: t(`quality.${patrol.documentation}`) })}</span>
              </p>
              <p className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs">
                <button
                  type="button"
                  onClick={() => onSelect(selected === patrol.index ? null : patrol.index)}
                  aria-pressed={selected === patrol.index}
                  className="rounded border border-line px-1.5 py-0.5 text-subtle hover:bg-surface-strong"
                >
                  {selected === patrol.index ? t("list.shown") : t("list.show")}
                </button>
                <Link prefetch={false} href={`${localePath(locale, "/compare")}?a=${LANDING_EVENT_ID === patrol.id ? "2019-07-23" : LANDING_EVENT_ID}&b=${patrol.id}`} className="text-subtle underline underline-offset-2">
                  {t("list.compare")}
                </Link>
                <DownloadLinks eventId={patrol.id} />
              </p>
            </li>
          );
        })}
    </ol>
  );
}
