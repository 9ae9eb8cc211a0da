import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DataError } from "@/lib/data/data-error";
import { loadStatistics, parseStatistics, seriesFile, STATISTICS_SERIES_IDS, STATISTICS_SOURCES_FILE, type RawStatisticsFiles } from "./load-statistics";

const BY_COUNTRY = seriesFile("japan-scrambles-by-country");
const BY_FORCE = seriesFile("japan-scrambles-by-air-defence-force");
const KOREA = seriesFile("korea-kadiz-entries");

/** The real files, read fresh for each test so every test breaks its own copy. */
function realFiles(): RawStatisticsFiles {
  const files: RawStatisticsFiles = {};
  for (const file of [STATISTICS_SOURCES_FILE, ...STATISTICS_SERIES_IDS.map(seriesFile)]) files[file] = JSON.parse(readFileSync(file, "utf8"));
  return files;
}

type Json = Record<string, unknown> & { rows: Array<{ period: string; values: Record<string, Record<string, unknown>> }> };

function rowOf(files: RawStatisticsFiles, file: string, period: string) {
  const row = (files[file] as Json).rows.find((candidate) => candidate.period === period);
  if (!row) throw new Error(`no row ${period} in ${file}`);
  return row;
}

function problemsOf(files: RawStatisticsFiles): string {
  try {
    parseStatistics(files);
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  throw new Error("the broken files were accepted");
}

describe("statistics files", () => {
  it("the real files are valid and hold the published figures", () => {
    const { series } = loadStatistics();
    const japan = series["japan-scrambles-by-country"].rows;
    expect(japan.find((row) => row.period === "FY2016")?.values.total?.value).toBe(1168);
    expect(japan.find((row) => row.period === "FY2024")?.values.total?.value).toBe(704);
  });

  it("names file, row and field when a figure is not a number", () => {
    const files = realFiles();
    rowOf(files, BY_COUNTRY, "FY2016").values.china!.value = "851";
    expect(problemsOf(files)).toContain(`${BY_COUNTRY}: feature "row 12 (FY2016)" field "values.china.value"`);
  });

  it("refuses a figure without sources", () => {
    const files = realFiles();
    rowOf(files, BY_COUNTRY, "FY2024").values.total!.sources = [];
    expect(problemsOf(files)).toContain(`${BY_COUNTRY}: feature "row 20 (FY2024)" field "values.total.sources": needs at least one source id`);
  });

  it("refuses a source id the statistics source list lacks", () => {
    const files = realFiles();
    rowOf(files, KOREA, "2023").values.china!.sources = ["k6", "k99"];
    expect(problemsOf(files)).toContain(`${KOREA}: feature "row 7 (2023)" field "values.china.sources.1": unknown source id "k99"`);
  });

  it("refuses an unknown marker (only confirmed, reported, derived)", () => {
    const files = realFiles();
    rowOf(files, BY_COUNTRY, "FY2008").values.total!.marker = "official";
    expect(problemsOf(files)).toMatch(new RegExp(`${BY_COUNTRY}: feature "row 4 \\(FY2008\\)" field "values.total.marker"`));
  });

  it("refuses parts that do not add up to the printed total", () => {
    const files = realFiles();
    rowOf(files, BY_COUNTRY, "FY2016").values.total!.value = 1180;
    expect(problemsOf(files)).toContain(`${BY_COUNTRY}: feature "row 12 (FY2016)" field "values.total.value": is 1180 but the parts (china, russia, other) add up to 1168`);
  });

  it("refuses air defence forces that do not add up to the year's total", () => {
    const files = realFiles();
    rowOf(files, BY_FORCE, "FY2013").values.central!.value = 88;
    expect(problemsOf(files)).toContain(`${BY_FORCE}: feature "row 2 (FY2013)" field "values": the four forces add up to 812`);
  });

  it("refuses a category the series does not declare", () => {
    const files = realFiles();
    rowOf(files, KOREA, "2016").values.japan = { value: 500, marker: "confirmed", sources: ["k1"] };
    expect(problemsOf(files)).toContain(`${KOREA}: feature "row 0 (2016)" field "values.japan": "japan" is not one of the series' categories`);
  });

  it("refuses a second full-year row for one year", () => {
    const files = realFiles();
    const rows = (files[KOREA] as Json).rows;
    rows.push({ ...structuredClone(rows[0]!), period: "2016 again" });
    expect(problemsOf(files)).toContain(`${KOREA}: feature "row ${rows.length - 1} (2016 again)" field "year": a full-year row for 2016 is already given`);
  });

  it("names the source record at fault in the source list", () => {
    const files = realFiles();
    const sources = (files[STATISTICS_SOURCES_FILE] as { sources: Array<Record<string, unknown>> }).sources;
    delete sources[3]!.url;
    expect(problemsOf(files)).toContain(`${STATISTICS_SOURCES_FILE}: feature "sources[3]" field "url"`);
  });
});
