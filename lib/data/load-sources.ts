import { DataError } from "./data-error";
import { parseDataFile } from "./parse-data-file";
import { readJsonFile } from "./read-json-file";
import { sourceRegistrySchema, type Source } from "./schema";

export const SOURCES_FILE = "data/sources.json";

/** Every source by id, read from the one registry events and zones cite. */
export type SourceIndex = ReadonlyMap<string, Source>;

/** Reads and validates data/sources.json. Server and build scripts only. */
export function loadSources(root = process.cwd()): SourceIndex {
  const json = readJsonFile(root, SOURCES_FILE);
  return indexSources(json);
}

/** Validates the registry's JSON and indexes it; one id, one record. */
export function indexSources(json: unknown): SourceIndex {
  const result = parseDataFile(SOURCES_FILE, json, sourceRegistrySchema);
  if (!result.data) throw new DataError(result.problems);
  const index = new Map<string, Source>();
  const problems = result.data.sources.flatMap((source) => {
    if (index.has(source.id)) return [{ file: SOURCES_FILE, feature: source.id, field: "id", message: "id is already used by another record" }];
    index.set(source.id, source);
    return [];
  });
  if (problems.length > 0) throw new DataError(problems);
  return index;
}

/** The records for a list of ids, in the list's order; ids the registry lacks become problems. */
export function resolveSources(file: string, ids: readonly string[], index: SourceIndex) {
  const sources: Source[] = [];
  const problems = ids.flatMap((id, position) => {
    const source = index.get(id);
    if (source) {
      sources.push(source);
      return [];
    }
    return [{ file, field: `sources.${position}`, message: `unknown source id "${id}" (not in ${SOURCES_FILE})` }];
  });
  return { sources, problems };
}
