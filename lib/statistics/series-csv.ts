import Papa from "papaparse";
import type { Source } from "@/lib/data/schema";
import type { StatisticsSeries } from "./schema";

/** The CSV's columns, one row per published figure; a gap has no row. */
export const CSV_COLUMNS = ["series", "period", "year", "partial", "category", "value", "approximate", "marker", "sources", "source_urls", "note"] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/** One series as rows of the CSV download: every figure with its marker and its sources. */
export function seriesCsvRows(series: StatisticsSeries, sources: ReadonlyMap<string, Source>): CsvRow[] {
  return series.rows.flatMap((row) =>
    series.categories.flatMap((category) => {
      const figure = row.values[category.key];
      if (!figure) return [];
      return [
        {
          series: series.id,
          period: row.period,
          year: String(row.year),
          partial: row.partial ?? "",
          category: category.key,
          value: String(figure.value),
          approximate: figure.approximate ? "yes" : "no",
          marker: figure.marker,
          sources: figure.sources.join(" "),
          source_urls: figure.sources.map((id) => sources.get(id)?.url ?? "").join(" "),
          note: [figure.note, row.note].filter(Boolean).join(" "),
        },
      ];
    }),
  );
}

/** The CSV text; Papa Parse quotes the commas and quotation marks the notes hold. */
export function seriesCsv(series: StatisticsSeries, sources: ReadonlyMap<string, Source>): string {
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: seriesCsvRows(series, sources).map((row) => CSV_COLUMNS.map((column) => row[column])) }, { newline: "\n" });
}
