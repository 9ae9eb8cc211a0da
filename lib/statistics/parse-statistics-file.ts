import type { z } from "zod";
import type { DataProblem } from "@/lib/data/data-error";
import { parseWithSchema, type ParsedFile } from "@/lib/data/parse-data-file";

/**
 * Parses one statistics file against its schema. A problem inside a row names the row by its index
 * and period ("row 12 (FY2016)") and the field inside it, so whoever edited the file finds it.
 */
export function parseStatisticsFile<Schema extends z.ZodType>(file: string, json: unknown, schema: Schema): ParsedFile<Schema> {
  return parseWithSchema(file, json, schema, describe);
}

/** How a row is named in messages: its index, and its period when it has one. */
export function rowName(index: number, row: unknown): string {
  const period = typeof row === "object" && row !== null && "period" in row && typeof row.period === "string" ? ` (${row.period})` : "";
  return `row ${index}${period}`;
}

function describe(file: string, json: unknown, path: readonly PropertyKey[], message: string): DataProblem {
  const [list, index, ...rest] = path;
  if ((list === "rows" || list === "sources") && typeof index === "number") {
    const items = typeof json === "object" && json !== null ? (json as Record<string, unknown>)[list] : undefined;
    const item = Array.isArray(items) ? (items[index] as unknown) : undefined;
    return { file, feature: list === "rows" ? rowName(index, item) : `sources[${index}]`, field: rest.map(String).join(".") || "(whole row)", message };
  }
  return { file, field: path.map(String).join(".") || "(root)", message };
}
