import { useTranslations } from "next-intl";
import type { FigureMarker } from "@/lib/statistics/schema";
import { categoryToken, figureFill } from "./chart-colours";
import { ChartPatterns } from "./chart-patterns";

const SWATCH = "inline-block h-3 w-4 align-[-1px]";

function Swatch({ fill, stroke, dash }: { fill: string; stroke?: string; dash?: string }) {
  return (
    <svg viewBox="0 0 16 12" className={SWATCH} aria-hidden="true">
      <rect x="0.75" y="0.75" width="14.5" height="10.5" strokeWidth="1.25" strokeDasharray={dash} style={{ fill, stroke: stroke ?? "none" }} />
    </svg>
  );
}

/**
 * What the colours, fills and marks mean. The research's markers: [C] official or quoting the
 * official figure, [R] only a secondary report, ‡ our arithmetic on printed numbers.
 */
type LegendProps = {
  id: string;
  categories: Array<{ key: string; label: string }>;
  /** The category whose colour the fill swatches show. */
  swatchKey: string;
  /** The markers the series holds; the legend explains only those. */
  markers: ReadonlySet<FigureMarker>;
  withTotal?: boolean;
  withPatrols?: boolean;
};

export function ChartLegend({ id, categories, swatchKey, markers, withTotal, withPatrols }: LegendProps) {
  const t = useTranslations("StatisticsChart");
  const chartId = `legend-${id}`;
  const token = categoryToken(swatchKey);
  const reported = figureFill(chartId, token, "reported");
  const derived = figureFill(chartId, token, "derived");
  return (
    <div className="mt-2 text-xs text-subtle">
      <svg width="0" height="0" className="absolute" aria-hidden="true">
        <ChartPatterns chartId={chartId} />
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label={t("legend")}>
        {categories.map((category) => (
          <li key={category.key}>
            <Swatch fill={`var(--chart-${categoryToken(category.key)})`} /> {category.label}
          </li>
        ))}
        {withTotal && (
          <li>
            <Swatch fill="none" stroke="var(--chart-total)" /> {t("total")}
          </li>
        )}
        {withPatrols && (
          <li>
            <svg viewBox="0 0 16 12" className={SWATCH} aria-hidden="true">
              <path d="M3.5,0 h9 l-4.5,8 z" style={{ fill: "var(--chart-patrol)" }} />
            </svg>{" "}
            {t("patrol")}
          </li>
        )}
      </ul>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label={t("howSure")}>
        <li>
          <Swatch fill={`var(--chart-${token})`} /> {t("solid")}
        </li>
        {markers.has("reported") && (
          <li>
            <Swatch fill={reported.fill} stroke={`var(--chart-${token})`} /> {t("hatched")}
          </li>
        )}
        {markers.has("derived") && (
          <li>
            <Swatch fill={derived.fill} stroke={`var(--chart-${token})`} dash={derived.strokeDasharray} /> {t("dotted")}
          </li>
        )}
        {withTotal && (
          <li>
            <Swatch fill="none" stroke="var(--chart-total)" dash="4 2" /> {t("dashed")}
          </li>
        )}
        <li>{t("key")}</li>
      </ul>
    </div>
  );
}
