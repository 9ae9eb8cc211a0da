import { DataError } from "./data-error";
import { parseDataFile } from "./parse-data-file";
import { readJsonFile } from "./read-json-file";
import { zoneFileSchema, type ZoneFile } from "./schema";
import { loadSources, resolveSources } from "./load-sources";

export const ZONES_FILE = "data/zones/adiz.geojson";

/** Reads and validates the air defense identification zones. Server and build scripts only. */
export function loadZones(root = process.cwd()): ZoneFile {
  const json = readJsonFile(root, ZONES_FILE);
  const result = parseDataFile(ZONES_FILE, json, zoneFileSchema);
  if (!result.data) throw new DataError(result.problems);
  const resolved = resolveSources(ZONES_FILE, result.data.sources, loadSources(root));
  if (resolved.problems.length > 0) throw new DataError(resolved.problems);
  const sourceIds = new Set(result.data.sources);
  const problems = result.data.features.flatMap((zone) =>
    zone.properties.sources
      .filter((id) => !sourceIds.has(id))
      .map((id) => ({ file: ZONES_FILE, feature: zone.properties.id, field: "properties.sources", message: `unknown source id "${id}"` })),
  );
  if (problems.length > 0) throw new DataError(problems);
  return { ...result.data, sources: resolved.sources };
}
