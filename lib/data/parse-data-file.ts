import type { z } from "zod";
import type { DataProblem } from "./data-error";

type Path = readonly PropertyKey[];

/** Lists whose items carry an id we can name in messages. */
const IDENTIFIED_LISTS = new Set(["features", "formations", "moments", "statements", "context", "sources"]);

/** What a parse gives: the data, or the problems that name where the file is wrong. */
export type ParsedFile<Schema extends z.ZodType> = { data: z.infer<Schema>; problems: [] } | { data: undefined; problems: DataProblem[] };

/**
 * Parses one file's JSON against its schema, turning each issue into a problem with
 * `describeIssue`, which knows how items are named in that kind of file.
 */
export function parseWithSchema<Schema extends z.ZodType>(
  file: string,
  json: unknown,
  schema: Schema,
  describe: (file: string, json: unknown, path: Path, message: string) => DataProblem,
): ParsedFile<Schema> {
  const result = schema.safeParse(json);
  if (result.success) return { data: result.data, problems: [] };
  return { data: undefined, problems: result.error.issues.map((issue) => describe(file, json, issue.path, issue.message)) };
}

/**
 * Parses one file's JSON against its schema. On failure returns problems that name the file, the
 * id of the feature (or formation, moment...) at fault and the field, so the person who edited the
 * file can find the mistake without reading a stack trace.
 */
export function parseDataFile<Schema extends z.ZodType>(file: string, json: unknown, schema: Schema): ParsedFile<Schema> {
  return parseWithSchema(file, json, schema, describeIssue);
}

function describeIssue(file: string, json: unknown, path: Path, message: string): DataProblem {
  const listIndex = path.findIndex(
    (key, index) => typeof key === "string" && IDENTIFIED_LISTS.has(key) && typeof path[index + 1] === "number",
  );
  if (listIndex === -1) return { file, field: joinPath(path) || "(root)", message };
  const itemPath = path.slice(0, listIndex + 2);
  const item = valueAt(json, itemPath);
  return {
    file,
    feature: identify(item) ?? `${String(path[listIndex])}[${String(path[listIndex + 1])}]`,
    field: joinPath(path.slice(listIndex + 2)) || "(whole item)",
    message,
  };
}

function identify(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  if (typeof item.id === "string") return item.id;
  const properties = item.properties;
  if (isRecord(properties) && typeof properties.id === "string") return properties.id;
  return undefined;
}

function valueAt(json: unknown, path: Path): unknown {
  let value = json;
  for (const key of path) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function joinPath(path: Path): string {
  return path.map(String).join(".");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
