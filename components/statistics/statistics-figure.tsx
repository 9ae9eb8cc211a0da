import { useTranslations } from "next-intl";
import { EnglishContentNote } from "@/components/panel/english-content-note";
import type { Source } from "@/lib/data/schema";
import { barChartLayout, seriesMaximum, type PatrolMark } from "@/lib/statistics/bar-chart-layout";
import type { StatisticsSeries } from "@/lib/statistics/schema";
import { BarChart } from "./bar-chart";
import { ChartLegend } from "./chart-legend";
import { StatisticsTable } from "./statistics-table";

export type Panel = { id: string; label: string; keys: string[]; totalKey?: string };

type Props = {
  series: StatisticsSeries;
  heading: string;
  panels: Panel[];
  sources: ReadonlyMap<string, Source>;
  patrols?: readonly PatrolMark[];
};

/**
 * One series: heading, legend, its chart (or small multiples sharing one value axis), the CSV
 * download, the notes where sources disagree, and the table alternative.
 */
export function StatisticsFigure({ series, heading, panels, sources, patrols }: Props) {
  const t = useTranslations("StatisticsChart");
  const maximum = Math.max(...panels.map((panel) => seriesMaximum(series, panel.keys, panel.totalKey)));
  const legendCategories = series.categories.filter((category) => category.role === "part" && panels.some((panel) => panel.keys.includes(category.key)));
  // Small multiples sit two abreast on wide screens, drawn at that size so their text stays legible.
  const multiple = panels.length > 1;
  const markers = new Set(series.rows.flatMap((row) => Object.values(row.values).map((figure) => figure.marker)));
  const hasTotal = panels.some((panel) => panel.totalKey !== undefined);
  // Notes on derived figures say how we did the sum; the others say where sources disagree.
  const notes = series.rows.flatMap((row) => [
    ...series.categories.flatMap((category) => {
      const figure = row.values[category.key];
      return figure?.note && figure.marker !== "derived" ? [{ key: `${row.period}-${category.key}`, text: `${row.period}, ${category.label}: ${figure.note}` }] : [];
    }),
    ...(row.note ? [{ key: row.period, text: `${row.period}: ${row.note}` }] : []),
  ]);
  return (
    <section aria-labelledby={`${series.id}-heading`} className="mt-8" data-series={series.id}>
      <h2 id={`${series.id}-heading`} className="text-lg font-semibold text-ink">
        {heading}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-subtle" lang="en">{series.description}</p>
      <ChartLegend id={series.id} categories={multiple ? [] : legendCategories} swatchKey={panels[0]?.keys[0] ?? ""} markers={markers} withTotal={hasTotal} withPatrols={Boolean(patrols?.length)} />
      <div className={multiple ? "mt-2 grid grid-cols-1 gap-x-6 gap-y-2 lg:grid-cols-2" : "mt-2"}>
        {panels.map((panel) => (
          <figure key={panel.id}>
            {multiple && <figcaption className="text-sm font-medium text-body">{panel.label}</figcaption>}
            <BarChart
              chartId={panel.id}
              label={`${heading}${multiple ? `: ${panel.label}` : ""}. ${t("chartLabel")}`}
              series={series}
              sources={sources}
              minimumWidthClass={multiple ? "min-w-[28rem]" : "min-w-[34rem]"}
              layout={barChartLayout(series, { keys: panel.keys, totalKey: panel.totalKey, maximum, patrols, ...(multiple ? { width: 440, height: 210 } : { height: 310 }) })}
            />
          </figure>
        ))}
      </div>
      <p className="mt-2 text-sm">
        <a href={`/data/statistics/${series.id}.csv`} download className="text-subtle underline underline-offset-2">
          {t("csv", { file: `${series.id}.csv` })}
        </a>
        <span className="text-muted"> — {t("csvHint")}</span>
      </p>
      {notes.length > 0 && (
        <>
          <h3 className="mt-3 text-sm font-semibold text-ink">{t("notesHeading")}</h3>
          <EnglishContentNote />
          <ul className="mt-1 max-w-3xl list-disc pl-5 text-xs text-subtle" lang="en">
            {notes.map((note) => (
              <li key={note.key}>{note.text}</li>
            ))}
          </ul>
        </>
      )}
      <StatisticsTable series={series} />
    </section>
  );
}
