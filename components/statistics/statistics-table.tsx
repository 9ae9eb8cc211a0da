import { useLocale, useTranslations } from "next-intl";
import { range } from "d3-array";
import { figureText, yearLabel } from "@/lib/statistics/figure-text";
import { figureWords } from "@/lib/i18n/figure-words";
import type { StatisticsRow, StatisticsSeries } from "@/lib/statistics/schema";

/** The table alternative of a series' chart: every row, every gap, every figure's marker and sources. */
type TableRow = { key: string; period: string; row: StatisticsRow | undefined };

export function StatisticsTable({ series }: { series: StatisticsSeries }) {
  const t = useTranslations("StatisticsChart");
  const words = figureWords(useLocale());
  const rows = range(series.firstYear, series.lastYear + 1).flatMap((year): TableRow[] => {
    const ofYear = series.rows.filter((row) => row.year === year);
    if (ofYear.length === 0) return [{ key: String(year), period: yearLabel(series, year), row: undefined }];
    return ofYear.map((row) => ({ key: row.period, period: row.period, row }));
  });
  return (
    <details className="mt-3 rounded border border-line-soft bg-surface">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-body">{t("table")}</summary>
      <div className="overflow-x-auto px-3 pb-3">
        <table className="w-full text-left text-xs" data-series={series.id}>
          <caption className="py-1 text-left text-muted"><span lang="en">{series.title}</span>. {t("tableGap")}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-3">
                {t("period")}
              </th>
              {series.categories.map((category) => (
                <th key={category.key} scope="col" className="py-1 pr-3 text-right">
                  {category.label}
                </th>
              ))}
              <th scope="col" className="py-1 pr-3">
                {t("sources")}
              </th>
              <th scope="col" className="py-1">
                {t("notes")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ key, period, row }) => {
              const ids = row ? [...new Set(Object.values(row.values).flatMap((figure) => figure.sources))] : [];
              const notes = row ? [...series.categories.flatMap((category) => (row.values[category.key]?.note ? [`${category.label}: ${row.values[category.key]?.note}`] : [])), ...(row.note ? [row.note] : [])] : [];
              return (
                <tr key={key} data-period={period} className="border-b border-line-faint align-top">
                  <th scope="row" className="py-1 pr-3 font-medium whitespace-nowrap">
                    {period}
                    {row?.partial && <span className="block font-normal text-muted">{t("partial", { partial: row.partial })}</span>}
                  </th>
                  {series.categories.map((category) => {
                    const figure = row?.values[category.key];
                    return (
                      <td key={category.key} data-category={category.key} className="py-1 pr-3 text-right whitespace-nowrap tabular-nums">
                        {figure ? (
                          <>
                            <span className={figure.marker === "confirmed" ? "font-medium" : "italic"}>{figureText(figure, words)}</span>
                            {figure.marker !== "confirmed" && <span className="block text-muted">{words.markers[figure.marker]}</span>}
                          </>
                        ) : (
                          <span className="text-muted">{words.noFigure}</span>
                        )}
                      </td>
                    );
                  })}
                  <td className="py-1 pr-3" data-column="sources">
                    {ids.map((id, index) => (
                      <span key={id}>
                        {index > 0 && ", "}
                        <a href={`#statistics-source-${id}`} className="text-subtle underline underline-offset-2">
                          {id.toUpperCase()}
                        </a>
                      </span>
                    ))}
                  </td>
                  <td className="min-w-48 py-1 text-subtle" lang="en">{notes.join(" ")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
