import Link from "next/link";
import { useLocale } from "next-intl";
import { localePath } from "@/lib/i18n/locales";
import type { TimeStripLayout } from "@/lib/dashboard/time-strip-layout";
import { TimeStripBrush } from "./time-strip-brush";

const PLOT_TOP = 14;
const PLOT_HEIGHT = 56;

/**
 * The patrols along 2019–2026 with Japan's scrambles per fiscal year behind them, drawn on the
 * server (lib/dashboard/time-strip-layout.ts, d3-scale). Horizontal positions are percentages, so
 * the SVG takes any width and its text keeps its size. The year range below it is the only client code.
 */
export function TimeStrip({ layout }: { layout: TimeStripLayout }) {
  const locale = useLocale();
  const maximum = layout.maximum.toLocaleString("en");
  return (
    <figure className="px-3 pt-2 pb-1" aria-labelledby="time-strip-caption">
      <figcaption id="time-strip-caption" className="text-xs text-muted">
        Patrols (marks) against Japan’s fighter scrambles per fiscal year, April–March (bars, tallest {maximum}; a year with no full-year figure is left
        blank). Full figures on the{" "}
        <Link prefetch={false} href={localePath(locale, "/statistics")} className="underline underline-offset-2">
          statistics page
        </Link>
        .
      </figcaption>
      <svg width="100%" height={PLOT_TOP + PLOT_HEIGHT + 18} role="img" aria-label={describe(layout)} className="mt-1 block overflow-visible">
        {layout.fiscalYears.map((fiscal) =>
          fiscal.total === null ? (
            <text key={fiscal.year} x={`${fiscal.x + fiscal.width / 2}%`} y={PLOT_TOP + PLOT_HEIGHT - 4} textAnchor="middle" className="fill-[var(--chart-axis)] text-[9px]">
              n/a
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
              <title>{`FY${fiscal.year}: ${fiscal.total.toLocaleString("en")} scrambles (sources ${fiscal.sources.join(", ")})`}</title>
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
              <title>{`${patrol.date}: ${patrol.title}`}</title>
            </circle>
          </g>
        ))}
      </svg>
      <TimeStripBrush firstYear={layout.firstYear} lastYear={layout.lastYear} />
    </figure>
  );
}

function describe(layout: TimeStripLayout): string {
  const bars = layout.fiscalYears.map((fiscal) => (fiscal.total === null ? (fiscal.note ?? `FY${fiscal.year}: no figure`) : `FY${fiscal.year}: ${fiscal.total.toLocaleString("en")} scrambles`));
  return `Timeline ${layout.firstYear}–${layout.lastYear}: ${layout.patrols.length} patrols (${layout.patrols.map((patrol) => patrol.date).join(", ")}). Japan's scrambles: ${bars.join("; ")}.`;
}
