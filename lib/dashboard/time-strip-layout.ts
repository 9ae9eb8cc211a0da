import { scaleLinear, scaleUtc } from "d3-scale";
import type { StatisticsSeries } from "@/lib/statistics/schema";
import type { PatrolSummary } from "./patrol-summary";

/** Positions are percentages of the strip's width, so the server's SVG stretches without distorting its text. */
export type TimeStripLayout = {
  firstYear: number;
  lastYear: number;
  years: { year: number; x: number }[];
  /** Japan's scrambles per fiscal year (April–March), full years only; `height` is a share of the plot (0–1). */
  fiscalYears: { year: number; x: number; width: number; total: number | null; height: number; partial: string | null; sources: string[] }[];
  patrols: { id: string; index: number; x: number; date: string; title: string }[];
  maximum: number;
};

/**
 * The strip under the dashboard's map: the patrols on a calendar axis, with Japan's scrambles per
 * fiscal year behind them. A fiscal year with no full-year figure is a gap (null), never a zero.
 */
export function timeStripLayout(patrols: readonly PatrolSummary[], scrambles: StatisticsSeries, firstYear: number, lastYear: number): TimeStripLayout {
  const x = scaleUtc()
    .domain([Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1)])
    .range([0, 100])
    .clamp(true);
  const fullYears = new Map(scrambles.rows.filter((row) => row.partial === undefined).map((row) => [row.year, row]));
  const partial = new Map(scrambles.rows.filter((row) => row.partial !== undefined).map((row) => [row.year, row]));
  // Scaled to the tallest year on the strip (the caption names it), not to a year before it.
  const totals = [...fullYears.values()].flatMap((row) => (row.values.total && row.year >= firstYear - 1 && row.year <= lastYear ? [row.values.total.value] : []));
  const maximum = Math.max(1, ...totals);
  const height = scaleLinear().domain([0, maximum]).range([0, 1]);
  const fiscalYears = [];
  // The fiscal year that began in April of the year before holds January–March of the first year.
  for (let year = firstYear - 1; year <= lastYear; year += 1) {
    const start = x(Date.UTC(year, 3, 1));
    const end = x(Date.UTC(year + 1, 3, 1));
    if (end <= start) continue;
    const total = fullYears.get(year)?.values.total ?? null;
    const partialRow = partial.get(year);
    fiscalYears.push({
      year,
      x: start,
      width: end - start,
      total: total?.value ?? null,
      height: total ? height(total.value) : 0,
      // A year with no full-year figure may have part of it published ("April–June 2022 only", the data's words).
      partial: total ? null : (partialRow?.partial ?? null),
      sources: total?.sources ?? [],
    });
  }
  return {
    firstYear,
    lastYear,
    years: Array.from({ length: lastYear - firstYear + 1 }, (_, index) => ({ year: firstYear + index, x: x(Date.UTC(firstYear + index, 0, 1)) })),
    fiscalYears,
    patrols: patrols.map((patrol) => ({ id: patrol.id, index: patrol.index, x: x(Date.parse(`${patrol.date}T00:00:00Z`)), date: patrol.date, title: patrol.title })),
    maximum,
  };
}
