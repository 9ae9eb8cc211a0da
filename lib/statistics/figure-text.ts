import type { Source } from "@/lib/data/schema";
import type { BarColumn } from "./bar-chart-layout";
import type { Figure, FigureMarker, StatisticsSeries } from "./schema";

/** What each marker means, in the words the legend, table and tooltips use. */
export const MARKER_LABELS: Record<FigureMarker, string> = {
  confirmed: "official",
  reported: "secondary report only",
  derived: "derived by us",
};

/** "1,168", or "about 70" where the source rounds ("70여 회"). */
export function figureText(figure: Figure): string {
  return `${figure.approximate ? "about " : ""}${figure.value.toLocaleString("en-US")}`;
}

/** How a source is named on the page: its id as the research notes give it, publisher and date. */
export function sourceLabel(id: string, source: Source | undefined): string {
  if (!source) return id.toUpperCase();
  return `${id.toUpperCase()} ${source.publisher}${source.published ? `, ${source.published}` : ""}`;
}

export function yearLabel(series: StatisticsSeries, year: number): string {
  return series.calendar === "fiscal-year" ? `FY${year}` : String(year);
}

/** The text shown on hover and focus of one year's bar: each figure, its marker and its sources. */
export function columnTooltip(series: StatisticsSeries, column: BarColumn, sources: ReadonlyMap<string, Source>): string {
  const row = column.row;
  const figures = row ? series.categories.flatMap((category) => (row.values[category.key] ? [{ category, figure: row.values[category.key]! }] : [])) : [];
  if (!row || figures.length === 0) return `${yearLabel(series, column.year)}: no figure published (a gap, not zero)`;
  const heading = row.partial ? `${row.period} (partial: ${row.partial})` : row.period;
  const lines = figures.map(({ category, figure }) => `${category.label}: ${figureText(figure)} (${MARKER_LABELS[figure.marker]})`);
  const missing = series.categories.filter((category) => !row.values[category.key]).map((category) => category.label);
  if (missing.length > 0) lines.push(`Not published: ${missing.join(", ")}`);
  const ids = [...new Set(figures.flatMap(({ figure }) => figure.sources))];
  return [heading, ...lines, `Sources: ${ids.map((id) => sourceLabel(id, sources.get(id))).join("; ")}`].join("\n");
}
