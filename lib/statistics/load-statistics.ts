import { DataError, type DataProblem } from "@/lib/data/data-error";
import { readJsonFile } from "@/lib/data/read-json-file";
import { sourceRegistrySchema, type Source } from "@/lib/data/schema";
import { checkSeries, checkForceSums } from "./check-series";
import { parseStatisticsFile } from "./parse-statistics-file";
import { statisticsSeriesSchema, type StatisticsSeries } from "./schema";

export const STATISTICS_FOLDER = "data/statistics";
export const STATISTICS_SOURCES_FILE = `${STATISTICS_FOLDER}/sources.json`;
/** Every series, in the order the page shows them; each is data/statistics/<id>.json. */
export const STATISTICS_SERIES_IDS = ["japan-scrambles-by-country", "japan-scrambles-by-air-defence-force", "korea-kadiz-entries"] as const;
export type StatisticsSeriesId = (typeof STATISTICS_SERIES_IDS)[number];

export type Statistics = { series: Record<StatisticsSeriesId, StatisticsSeries>; sources: ReadonlyMap<string, Source> };

/** The raw JSON of every statistics file, by file name relative to the repository. */
export type RawStatisticsFiles = Record<string, unknown>;

export function seriesFile(id: StatisticsSeriesId): string {
  return `${STATISTICS_FOLDER}/${id}.json`;
}

/** Reads and validates data/statistics/. Server and build scripts only. */
export function loadStatistics(root = process.cwd()): Statistics {
  const files: RawStatisticsFiles = {};
  for (const file of [STATISTICS_SOURCES_FILE, ...STATISTICS_SERIES_IDS.map(seriesFile)]) files[file] = readJsonFile(root, file);
  return parseStatistics(files);
}

/** Validates every statistics file together; all problems are reported at once. */
export function parseStatistics(files: RawStatisticsFiles): Statistics {
  const problems: DataProblem[] = [];
  const sources = new Map<string, Source>();
  const registry = parseStatisticsFile(STATISTICS_SOURCES_FILE, files[STATISTICS_SOURCES_FILE], sourceRegistrySchema);
  problems.push(...registry.problems);
  registry.data?.sources.forEach((source, index) => {
    if (sources.has(source.id)) problems.push({ file: STATISTICS_SOURCES_FILE, feature: `sources[${index}]`, field: "id", message: `id "${source.id}" is already used` });
    sources.set(source.id, source);
  });
  const series = {} as Record<StatisticsSeriesId, StatisticsSeries>;
  for (const id of STATISTICS_SERIES_IDS) {
    const file = seriesFile(id);
    const result = parseStatisticsFile(file, files[file], statisticsSeriesSchema);
    problems.push(...result.problems);
    if (!result.data) continue;
    if (result.data.id !== id) problems.push({ file, field: "id", message: `must be "${id}", the file's name` });
    problems.push(...checkSeries(file, result.data, registry.data ? sources : undefined));
    series[id] = result.data;
  }
  const byCountry = series["japan-scrambles-by-country"];
  const byForce = series["japan-scrambles-by-air-defence-force"];
  if (byCountry && byForce) problems.push(...checkForceSums(seriesFile("japan-scrambles-by-air-defence-force"), byForce, byCountry));
  if (problems.length > 0) throw new DataError(problems);
  return { series, sources };
}
