import type { Source } from "@/lib/data/schema";
import type { BarColumn } from "./bar-chart-layout";
import type { Figure, FigureMarker, StatisticsSeries } from "./schema";

/** The words around the figures, in the reader's language (messages: StatisticsChart.words). English by default. */
export type FigureWords = {
  /** The Intl locale the numbers are written in. */
  numberLocale: string;
  about: string;
  markers: Record<FigureMarker, string>;
  noFigure: string;
  gap: (year: string) => string;
  partial: (period: string, partial: string) => string;
  notPublished: (categories: string) => string;
  sources: (list: string) => string;
};

export const ENGLISH_FIGURE_WORDS: FigureWords = {
  numberLocale: "en-US",
  about: "about",
  markers: { confirmed: "official", reported: "secondary report only", derived: "derived by us" },
  noFigure: "no figure",
  gap: (year) => `${year}: no figure published (a gap, not zero)`,
  partial: (period, partial) => `${period} (partial: ${partial})`,
  notPublished: (categories) => `Not published: ${categories}`,
  sources: (list) => `Sources: ${list}`,
};

/** What each marker means, in the words the legend, table and tooltips use. */
export const MARKER_LABELS: Record<FigureMarker, string> = ENGLISH_FIGURE_WORDS.markers;

/** "1,168", or "about 70" where the source rounds ("70여 회"). */
export function figureText(figure: Figure, words: FigureWords = ENGLISH_FIGURE_WORDS): string {
  return `${figure.approximate ? `${words.about} ` : ""}${figure.value.toLocaleString(words.numberLocale)}`;
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
export function columnTooltip(series: StatisticsSeries, column: BarColumn, sources: ReadonlyMap<string, Source>, words: FigureWords = ENGLISH_FIGURE_WORDS): string {
  const row = column.row;
  const figures = row ? series.categories.flatMap((category) => (row.values[category.key] ? [{ category, figure: row.values[category.key]! }] : [])) : [];
  if (!row || figures.length === 0) return words.gap(yearLabel(series, column.year));
  const heading = row.partial ? words.partial(row.period, row.partial) : row.period;
  const lines = figures.map(({ category, figure }) => `${category.label}: ${figureText(figure, words)} (${words.markers[figure.marker]})`);
  const missing = series.categories.filter((category) => !row.values[category.key]).map((category) => category.label);
  if (missing.length > 0) lines.push(words.notPublished(missing.join(", ")));
  const ids = [...new Set(figures.flatMap(({ figure }) => figure.sources))];
  return [heading, ...lines, words.sources(ids.map((id) => sourceLabel(id, sources.get(id))).join("; "))].join("\n");
}
