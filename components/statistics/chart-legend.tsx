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
  const chartId = `legend-${id}`;
  const token = categoryToken(swatchKey);
  const reported = figureFill(chartId, token, "reported");
  const derived = figureFill(chartId, token, "derived");
  return (
    <div className="mt-2 text-xs text-subtle">
      <svg width="0" height="0" className="absolute" aria-hidden="true">
        <ChartPatterns chartId={chartId} />
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-label="Legend">
        {categories.map((category) => (
          <li key={category.key}>
            <Swatch fill={`var(--chart-${categoryToken(category.key)})`} /> {category.label}
          </li>
        ))}
        {withTotal && (
          <li>
            <Swatch fill="none" stroke="var(--chart-total)" /> Total (outline)
          </li>
        )}
        {withPatrols && (
          <li>
            <svg viewBox="0 0 16 12" className={SWATCH} aria-hidden="true">
              <path d="M3.5,0 h9 l-4.5,8 z" style={{ fill: "var(--chart-patrol)" }} />
            </svg>{" "}
            Joint China–Russia patrol (links to its page)
          </li>
        )}
      </ul>
      <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label="How sure each figure is">
        <li>
          <Swatch fill={`var(--chart-${token})`} /> Solid: official figure (a release, or a report quoting it)
        </li>
        {markers.has("reported") && (
          <li>
            <Swatch fill={reported.fill} stroke={`var(--chart-${token})`} /> Hatched: found only in a secondary report
          </li>
        )}
        {markers.has("derived") && (
          <li>
            <Swatch fill={derived.fill} stroke={`var(--chart-${token})`} dash={derived.strokeDasharray} /> Dotted: derived by us (total minus the listed countries, or a sum of printed parts); no source prints it
          </li>
        )}
        {withTotal && (
          <li>
            <Swatch fill="none" stroke="var(--chart-total)" dash="4 2" /> Dashed outline: total from a secondary report
          </li>
        )}
        <li>“n/a”: no figure published for that year, a gap and not zero · “≈”: the source rounds · “… only”: part of a year</li>
      </ul>
    </div>
  );
}
