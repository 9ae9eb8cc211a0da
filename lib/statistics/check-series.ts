import type { DataProblem } from "@/lib/data/data-error";
import type { Source } from "@/lib/data/schema";
import { rowName } from "./parse-statistics-file";
import type { StatisticsSeries } from "./schema";

/**
 * What zod cannot see in one row: categories the series does not declare, source ids the list lacks,
 * periods named twice, years off the axis, two full-year rows for one year, and parts that do not
 * add up to the printed total (the research notes say every complete row does).
 */
export function checkSeries(file: string, series: StatisticsSeries, sources: ReadonlyMap<string, Source> | undefined): DataProblem[] {
  const problems: DataProblem[] = [];
  const keys = new Set(series.categories.map((category) => category.key));
  const total = series.categories.find((category) => category.role === "total")?.key;
  const parts = series.categories.filter((category) => category.role === "part").map((category) => category.key);
  const periods = new Set<string>();
  const fullYears = new Set<number>();
  if (series.firstYear > series.lastYear) problems.push({ file, field: "lastYear", message: "is before firstYear" });
  series.rows.forEach((row, index) => {
    const feature = rowName(index, row);
    if (periods.has(row.period)) problems.push({ file, feature, field: "period", message: `"${row.period}" is used by an earlier row` });
    periods.add(row.period);
    if (row.year < series.firstYear || row.year > series.lastYear) problems.push({ file, feature, field: "year", message: `${row.year} is outside ${series.firstYear}–${series.lastYear}` });
    if (row.partial === undefined) {
      if (fullYears.has(row.year)) problems.push({ file, feature, field: "year", message: `a full-year row for ${row.year} is already given` });
      fullYears.add(row.year);
    }
    for (const [key, figure] of Object.entries(row.values)) {
      if (!keys.has(key)) problems.push({ file, feature, field: `values.${key}`, message: `"${key}" is not one of the series' categories (${[...keys].join(", ")})` });
      figure.sources.forEach((id, position) => {
        if (sources && !sources.has(id)) problems.push({ file, feature, field: `values.${key}.sources.${position}`, message: `unknown source id "${id}" (not in data/statistics/sources.json)` });
      });
    }
    const totalFigure = total === undefined ? undefined : row.values[total];
    const partFigures = parts.map((key) => row.values[key]);
    if (totalFigure && partFigures.every((figure) => figure !== undefined)) {
      const sum = partFigures.reduce((accumulated, figure) => accumulated + (figure?.value ?? 0), 0);
      if (sum !== totalFigure.value) problems.push({ file, feature, field: `values.${total}.value`, message: `is ${totalFigure.value} but the parts (${parts.join(", ")}) add up to ${sum}` });
    }
  });
  return problems;
}

/** Where all four air defence forces are given for a fiscal year, they add up to that year's total. */
export function checkForceSums(file: string, byForce: StatisticsSeries, byCountry: StatisticsSeries): DataProblem[] {
  const problems: DataProblem[] = [];
  byForce.rows.forEach((row, index) => {
    const figures = byForce.categories.map((category) => row.values[category.key]);
    if (row.partial !== undefined || figures.some((figure) => figure === undefined)) return;
    const total = byCountry.rows.find((candidate) => candidate.period === row.period)?.values.total?.value;
    const sum = figures.reduce((accumulated, figure) => accumulated + (figure?.value ?? 0), 0);
    if (total !== undefined && total !== sum) {
      problems.push({ file, feature: rowName(index, row), field: "values", message: `the four forces add up to ${sum}, but ${byCountry.id} gives ${row.period} a total of ${total}` });
    }
  });
  return problems;
}
