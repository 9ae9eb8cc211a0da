import { notFound } from "next/navigation";
import { loadStatistics, STATISTICS_SERIES_IDS, type StatisticsSeriesId } from "@/lib/statistics/load-statistics";
import { seriesCsv } from "@/lib/statistics/series-csv";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return STATISTICS_SERIES_IDS.map((id) => ({ file: `${id}.csv` }));
}

/** /data/statistics/<series>.csv: one series with a source column, written once at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const id = STATISTICS_SERIES_IDS.find((candidate: StatisticsSeriesId) => `${candidate}.csv` === file);
  if (!id) notFound();
  const statistics = loadStatistics();
  return new Response(seriesCsv(statistics.series[id], statistics.sources), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="sortie-${id}.csv"` },
  });
}
