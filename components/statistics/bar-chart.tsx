import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/locales";
import type { Source } from "@/lib/data/schema";
import type { BarChartLayout, BarColumn } from "@/lib/statistics/bar-chart-layout";
import { columnTooltip, figureText, yearLabel } from "@/lib/statistics/figure-text";
import { figureWords } from "@/lib/i18n/figure-words";
import type { StatisticsSeries } from "@/lib/statistics/schema";
import { categoryToken, figureFill } from "./chart-colours";
import { ChartPatterns } from "./chart-patterns";
import { ChartTooltip } from "./chart-tooltip";

// Labels above the bars get a halo of the page's colour so a patrol's line behind them stays readable.
const LABEL_STYLE = { fill: "var(--chart-axis)", stroke: "var(--chart-surface)", strokeWidth: 3, paintOrder: "stroke" } as const;

type Props = {
  chartId: string;
  label: string;
  series: StatisticsSeries;
  layout: BarChartLayout;
  sources: ReadonlyMap<string, Source>;
  /** The narrowest the chart is drawn before it scrolls sideways inside its box (phones). */
  minimumWidthClass: string;
};

/**
 * One bar chart as server-rendered SVG: a bar per year (stacked parts inside the printed total's
 * outline), nothing at all for a year with no figure, and the joint patrols as links on the axis.
 * Each year and each patrol takes keyboard focus and shows its figures and sources.
 */
export function BarChart({ chartId, label, series, layout, sources, minimumWidthClass }: Props) {
  const t = useTranslations("StatisticsChart");
  const locale = useLocale();
  const { plot } = layout;
  return (
    <ChartTooltip>
      <div className="overflow-x-auto">
        <svg viewBox={`0 0 ${layout.width} ${layout.height}`} className={`h-auto w-full ${minimumWidthClass}`} role="group" aria-label={label} data-chart={chartId}>
          <ChartPatterns chartId={chartId} />
          {layout.yTicks.map((tick) => (
            <g key={tick.value} aria-hidden="true">
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} style={{ stroke: "var(--chart-grid)" }} />
              <text x={plot.left - 6} y={tick.y + 3.5} fontSize="10" textAnchor="end" style={{ fill: "var(--chart-axis)" }}>
                {tick.value.toLocaleString("en-US")}
              </text>
            </g>
          ))}
          {layout.patrols.map((patrol) => (
            <line key={patrol.id} x1={patrol.x} x2={patrol.x} y1={plot.top - 22} y2={plot.bottom} strokeWidth="1.5" strokeDasharray="2 2" aria-hidden="true" style={{ stroke: "var(--chart-patrol)" }} />
          ))}
          {layout.columns.map((column) => (
            <Column key={column.year} chartId={chartId} column={column} layout={layout} series={series} tooltip={columnTooltip(series, column, sources, figureWords(locale))} />
          ))}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} aria-hidden="true" style={{ stroke: "var(--chart-axis)" }} />
          {layout.patrols.map((patrol) => {
            const text = t("patrolMark", { date: patrol.date, title: patrol.title });
            // The mark above the plot is the link; its line runs behind the bars to the axis.
            return (
              <a key={patrol.id} href={localePath(locale, `/events/${patrol.id}`)} aria-label={text} data-tooltip data-patrol={patrol.id} className="chart-mark">
                <rect x={patrol.x - 6} y={plot.top - 34} width={12} height={16} className="chart-focus-ring" fill="transparent" />
                <path d={`M${patrol.x - 4.5},${plot.top - 31} h9 l-4.5,8 z`} style={{ fill: "var(--chart-patrol)" }} />
              </a>
            );
          })}
        </svg>
      </div>
    </ChartTooltip>
  );
}

function Column({ chartId, column, layout, series, tooltip }: { chartId: string; column: BarColumn; layout: BarChartLayout; series: StatisticsSeries; tooltip: string }) {
  const t = useTranslations("StatisticsChart");
  const { plot } = layout;
  const centre = column.x + column.width / 2;
  const gap = column.segments.length === 0 && !column.total;
  const shown = column.total?.figure ?? (column.segments.length === 1 ? column.segments[0]?.figure : undefined);
  const partial = column.row?.partial ? column.row.period.replace(/^(FY)?\d{4}\s*/, "") : undefined;
  return (
    <g tabIndex={0} role="img" aria-label={tooltip} data-tooltip data-year={column.year} data-gap={gap ? "true" : undefined} className="chart-mark">
      <rect x={column.x - 2} y={plot.top - 16} width={column.width + 4} height={plot.bottom - plot.top + 16} className="chart-focus-ring" style={{ fill: "transparent" }} />
      {column.segments.map((segment) => {
        const token = categoryToken(segment.key);
        const { fill, strokeDasharray } = figureFill(chartId, token, segment.figure.marker);
        return (
          <rect
            key={segment.key}
            x={column.x}
            y={segment.y}
            width={column.width}
            height={Math.max(segment.height, 0)}
            strokeWidth="1"
            strokeDasharray={strokeDasharray}
            data-category={segment.key}
            data-marker={segment.figure.marker}
            style={{ fill, stroke: segment.figure.marker === "confirmed" ? "var(--chart-surface)" : `var(--chart-${token})` }}
          />
        );
      })}
      {column.total && (
        <rect
          x={column.x - 1.5}
          y={column.total.y}
          width={column.width + 3}
          height={plot.bottom - column.total.y}
          fill="none"
          strokeWidth="1.25"
          strokeDasharray={column.total.figure.marker === "confirmed" ? undefined : "4 2"}
          data-category="total"
          data-marker={column.total.figure.marker}
          style={{ stroke: "var(--chart-total)" }}
        />
      )}
      {shown && (
        <text x={centre} y={column.top - 3} fontSize="9" textAnchor="middle" style={LABEL_STYLE} aria-hidden="true">
          {figureText(shown).replace("about ", "≈")}
        </text>
      )}
      {partial && (
        <text x={centre} y={column.top - 13} fontSize="8.5" fontStyle="italic" textAnchor="middle" style={LABEL_STYLE} aria-hidden="true">
          {t("only", { partial })}
        </text>
      )}
      {gap && (
        <text x={centre} y={plot.bottom - 3} fontSize="9" textAnchor="middle" style={{ fill: "var(--chart-axis)" }} aria-hidden="true">
          n/a
        </text>
      )}
      {column.labelled && (
        <text x={centre} y={plot.bottom + 14} fontSize="10" textAnchor="middle" style={{ fill: "var(--chart-axis)" }} aria-hidden="true">
          {yearLabel(series, column.year).replace("FY", "")}
        </text>
      )}
    </g>
  );
}
