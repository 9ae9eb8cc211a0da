import { range } from "d3-array";
import { scaleBand, scaleLinear, scaleUtc } from "d3-scale";
import { stack } from "d3-shape";
import type { Figure, StatisticsRow, StatisticsSeries } from "./schema";

/** A joint patrol to mark on the time axis. */
export type PatrolMark = { id: string; date: string; title: string };

export type BarSegment = { key: string; figure: Figure; y: number; height: number };
export type BarColumn = {
  year: number;
  /** The row drawn for this year: the full year, else the latest partial one; none is a gap. */
  row: StatisticsRow | undefined;
  x: number;
  width: number;
  /** Whether the axis labels this year (every year when they fit, else every other). */
  labelled: boolean;
  segments: BarSegment[];
  total: { figure: Figure; y: number } | undefined;
  /** The top of what is drawn, for the value label. */
  top: number;
};
export type BarChartLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  columns: BarColumn[];
  yTicks: Array<{ value: number; y: number }>;
  patrols: Array<PatrolMark & { x: number }>;
};

export type BarChartOptions = {
  /** The categories stacked, bottom first. */
  keys: readonly string[];
  /** A total drawn as the outline the parts stand in. */
  totalKey?: string;
  /** The top of the value axis, shared by the panels of one figure so they compare. */
  maximum: number;
  patrols?: readonly PatrolMark[];
  width?: number;
  height?: number;
};

/** The row a year shows: the full year if published, else the latest partial period. */
export function rowForYear(series: StatisticsSeries, year: number): StatisticsRow | undefined {
  const rows = series.rows.filter((row) => row.year === year);
  return rows.find((row) => row.partial === undefined) ?? rows.at(-1);
}

/** The largest thing a series draws in a year: its total, or its stacked parts. */
export function seriesMaximum(series: StatisticsSeries, keys: readonly string[], totalKey?: string): number {
  return Math.max(
    ...range(series.firstYear, series.lastYear + 1).map((year) => {
      const row = rowForYear(series, year);
      const parts = keys.reduce((sum, key) => sum + (row?.values[key]?.value ?? 0), 0);
      return Math.max(parts, totalKey ? (row?.values[totalKey]?.value ?? 0) : 0);
    }),
  );
}

/**
 * Positions of the bars, ticks and patrol marks of one chart, computed with d3's band, linear and
 * time scales and its stack layout so the SVG components only draw.
 */
export function barChartLayout(series: StatisticsSeries, options: BarChartOptions): BarChartLayout {
  const width = options.width ?? 720;
  const height = options.height ?? 280;
  // Room above the bars for patrol marks and labels, and on the right for the last year's "… only".
  const plot = { left: 44, right: width - 22, top: 36, bottom: height - 26 };
  const years = range(series.firstYear, series.lastYear + 1);
  const x = scaleBand<number>().domain(years).range([plot.left, plot.right]).paddingInner(0.25).paddingOuter(0.15);
  const y = scaleLinear().domain([0, options.maximum]).nice().range([plot.bottom, plot.top]);
  const rows = years.map((year) => rowForYear(series, year));
  const stacked = stack<StatisticsRow | undefined, string>()
    .keys(options.keys)
    .value((row, key) => row?.values[key]?.value ?? 0)(rows);
  const labelEvery = x.step() < 30 ? 2 : 1;
  const columns = years.map((year, index): BarColumn => {
    const row = rows[index];
    const segments = stacked.flatMap((layer) => {
      const figure = row?.values[layer.key];
      const point = layer[index];
      if (!figure || !point) return [];
      return [{ key: layer.key, figure, y: y(point[1]), height: y(point[0]) - y(point[1]) }];
    });
    const totalFigure = options.totalKey ? row?.values[options.totalKey] : undefined;
    const total = totalFigure ? { figure: totalFigure, y: y(totalFigure.value) } : undefined;
    const top = Math.min(plot.bottom, total?.y ?? plot.bottom, ...segments.map((segment) => segment.y));
    return { year, row, x: x(year) ?? 0, width: x.bandwidth(), labelled: (year - series.firstYear) % labelEvery === 0, segments, total, top };
  });
  const patrols = (options.patrols ?? []).flatMap((patrol) => {
    const date = new Date(`${patrol.date}T00:00:00Z`);
    const fiscal = series.calendar === "fiscal-year";
    const year = fiscal && date.getUTCMonth() < 3 ? date.getUTCFullYear() - 1 : date.getUTCFullYear();
    const start = x(year);
    if (start === undefined) return [];
    // The year's whole step (bar and the gap after it), so a date's place in its year is readable.
    const step = x.step();
    const month = fiscal ? 3 : 0;
    const within = scaleUtc().domain([Date.UTC(year, month, 1), Date.UTC(year + 1, month, 1)]).range([start - (step - x.bandwidth()) / 2, start - (step - x.bandwidth()) / 2 + step]);
    return [{ ...patrol, x: within(date) }];
  });
  return { width, height, plot, columns, yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })), patrols };
}
