import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { INTL_LOCALES, localePath, type Locale } from "@/lib/i18n/locales";
import type { TimeStripLayout } from "@/lib/dashboard/time-strip-layout";
import { listOf, patrolDate } from "./locale-format";
import { TimeStripBrush } from "./time-strip-brush";

type StripWords = ReturnType<typeof useTranslations<"Events.strip">>;

const PLOT_TOP = 14;
const PLOT_HEIGHT = 56;

/**
 * The patrols along 2019–2026 with Japan's scrambles per fiscal year behind them, drawn on the
 * server (lib/dashboard/time-strip-layout.ts, d3-scale). Horizontal positions are percentages, so
 * the SVG takes any width and its text keeps its size. The year range below it is the only client code.
 */
export function TimeStrip({ layout }: { layout: TimeStripLayout }) {
  const locale = useLocale();
  // Server words (Events.strip): the strip is drawn on the server, so none of them travel to the browser.
  const t = useTranslations("Events.strip");
  const number = (value: number) => value.toLocaleString(INTL_LOCALES[locale]);
  return (
    <figure className="px-3 pt-2 pb-1" aria-labelledby="time-strip-caption">
      <figcaption id="time-strip-caption" className="text-xs text-muted">
        {t.rich("caption", {
          maximum: number(layout.maximum),
          link: (chunks) => (
            <Link prefetch={false} href={localePath(locale, "/statistics")} className="underline underline-offset-2">
              {chunks}
            </Link>
          ),
        })}
      </figcaption>
      <svg width="100%" height={PLOT_TOP + PLOT_HEIGHT + 18} role="img" aria-label={describe(layout, t, locale)} className="mt-1 block overflow-visible">
        {layout.fiscalYears.map((fiscal) =>
          fiscal.total === null ? (
            <text key={fiscal.year} x={`${fiscal.x + fiscal.width / 2}%`} y={PLOT_TOP + PLOT_HEIGHT - 4} textAnchor="middle" className="fill-[var(--chart-axis)] text-[9px]">
              {t("notAvailable")}
            </text>
          ) : (
            <rect
              key={fiscal.year}
              x={`${fiscal.x + 0.3}%`}
              width={`${Math.max(0, fiscal.width - 0.6)}%`}
              y={PLOT_TOP + PLOT_HEIGHT * (1 - fiscal.height)}
              height={PLOT_HEIGHT * fiscal.height}
              className="fill-[var(--chart-grid)]"
            >
              <title>{barText(fiscal, t, locale)}</title>
            </rect>
          ),
        )}
        <line x1="0%" x2="100%" y1={PLOT_TOP + PLOT_HEIGHT} y2={PLOT_TOP + PLOT_HEIGHT} className="stroke-[var(--chart-axis)]" />
        {layout.years.map((tick) => (
          <g key={tick.year}>
            <line x1={`${tick.x}%`} x2={`${tick.x}%`} y1={PLOT_TOP + PLOT_HEIGHT} y2={PLOT_TOP + PLOT_HEIGHT + 4} className="stroke-[var(--chart-axis)]" />
            <text x={`${tick.x + 0.6}%`} y={PLOT_TOP + PLOT_HEIGHT + 14} className="fill-[var(--chart-axis)] text-[10px]">
              {tick.year}
            </text>
          </g>
        ))}
        {layout.patrols.map((patrol) => (
          <g key={patrol.id}>
            <line x1={`${patrol.x}%`} x2={`${patrol.x}%`} y1={PLOT_TOP - 6} y2={PLOT_TOP + PLOT_HEIGHT} className="stroke-[var(--chart-patrol)]" strokeWidth={2} />
            <circle cx={`${patrol.x}%`} cy={PLOT_TOP - 6} r={4} className="fill-[var(--chart-patrol)]">
              {/*
                The page's own pattern ("{date}：{title}" in Japanese and Chinese). An SVG <title> is
                text only, so the English title inside it cannot be marked lang="en" apart from the
                date; the patrol list below marks the same title as English.
              */}
              <title>{t("patrol", { date: patrolDate(patrol.date, locale, "long"), title: patrol.title })}</title>
            </circle>
          </g>
        ))}
      </svg>
      <TimeStripBrush firstYear={layout.firstYear} lastYear={layout.lastYear} />
    </figure>
  );
}

/** One fiscal year's bar in words: its total and sources, or why there is none. */
function barText(fiscal: TimeStripLayout["fiscalYears"][number], t: StripWords, locale: Locale): string {
  const fiscalYear = t("fiscalYear", { year: String(fiscal.year) });
  if (fiscal.total !== null) return t("scrambles", { fiscalYear, total: fiscal.total.toLocaleString(INTL_LOCALES[locale]), sources: listOf(fiscal.sources, locale) });
  return fiscal.partial === null ? t("noFigure", { fiscalYear }) : t("partial", { fiscalYear, partial: fiscal.partial });
}

function describe(layout: TimeStripLayout, t: StripWords, locale: Locale): string {
  return t("description", {
    first: String(layout.firstYear),
    last: String(layout.lastYear),
    count: layout.patrols.length,
    dates: listOf(layout.patrols.map((patrol) => patrolDate(patrol.date, locale, "long")), locale),
    bars: listOf(layout.fiscalYears.map((fiscal) => barText(fiscal, t, locale)), locale),
  });
}
