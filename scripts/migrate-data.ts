// Brings every data file up to the current schema, idempotently: run it again after anyone edits
// data/ (or merges a branch that did) and it changes only what still needs changing.
//   npx tsx scripts/migrate-data.ts
// 1. Sources move into data/sources.json (one record per id); events and the zones keep ids.
//    Conflicting records are listed and nothing is written.
// 2. A moment's `location` becomes `position: { coordinates, confidence, basis }`; a position nobody
//    reported is `inferred` and rounded to 0.01° (track vertices at it move with it).
// 3. Estimated track times are re-derived so they can be flown (lib/data/derive-estimated-times.ts);
//    estimated moment times at those vertices follow.
// 4. Each event gets a revision entry for what this changed in it.
import { readFileSync, writeFileSync } from "node:fs";
import { listEventIds } from "../lib/data/load-event";
import { collectSources, type SourceRecord } from "./migrate/collect-sources";
import { migratePositions } from "./migrate/migrate-positions";
import { migrateTimes } from "./migrate/migrate-times";
import { addRevision, type EventJson } from "./migrate/event-json";

const SOURCES_FILE = "data/sources.json";
const ZONES_FILE = "data/zones/adiz.geojson";

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;
const writeJson = (file: string, json: unknown) => writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
const tryReadJson = <T>(file: string): T | undefined => {
  try {
    return readJson<T>(file);
  } catch {
    return undefined;
  }
};

const folders = listEventIds().map((id) => `data/events/${id}`);
const events = folders.map((folder) => ({ folder, json: readJson<EventJson>(`${folder}/event.json`) }));
const zones = readJson<{ sources: (SourceRecord | string)[] }>(ZONES_FILE);
const registry = tryReadJson<{ sources: SourceRecord[] }>(SOURCES_FILE);

const collected = collectSources(registry?.sources ?? [], [...events.map(({ folder, json }) => ({ file: `${folder}/event.json`, sources: json.sources })), { file: ZONES_FILE, sources: zones.sources }]);
if (collected.conflicts.length > 0) {
  console.error(`Conflicting source records; nothing written. Make each pair agree (or give one a new id) and run again:\n${collected.conflicts.join("\n")}`);
  process.exit(1);
}

const printed: string[] = [];
for (const { folder, json } of events) {
  const tracks = readJson<Parameters<typeof migratePositions>[1]>(`${folder}/tracks.geojson`);
  const responses = readJson<Parameters<typeof migratePositions>[2]>(`${folder}/responses.geojson`);
  const places = readJson<Parameters<typeof migratePositions>[3]>(`${folder}/places.geojson`);
  const sourceChanges = collected.changesByFile.get(`${folder}/event.json`) ?? [];
  json.sources = json.sources.map((source) => (typeof source === "string" ? source : source.id));

  const positions = migratePositions(json, tracks, responses, places);
  const times = migrateTimes(json, tracks);

  if (positions.length > 0) {
    addRevision(json, {
      change: `Moment positions now carry their own confidence and basis. Positions nobody reported are marked approximate, and every position not at a named place is kept to 0.01°: ${positions.join("; ")}.`,
      reason: "A time a source confirms does not confirm the place; the map drew these as if someone had reported them (issue 14).",
    });
  }
  if (times.length > 0) {
    addRevision(json, {
      change: `Estimated times re-derived along the drawn route between sourced times, kept to the second: ${times.join("; ")}.`,
      reason: "Estimates rounded to five minutes had implied legs no aircraft could fly (issue 14).",
    });
  }
  if (sourceChanges.length > 0) {
    addRevision(json, {
      change: `Source dates corrected in the shared source registry: ${sourceChanges.join("; ")}.`,
      reason: "A source is dated only by what it states; reference pages carry the date they were read, not the event's date (issue 14).",
    });
  }
  json.revisions ??= [];
  writeJson(`${folder}/event.json`, json);
  writeJson(`${folder}/tracks.geojson`, tracks);
  writeJson(`${folder}/responses.geojson`, responses);
  printed.push(`${folder}: ${positions.length} positions made approximate, ${times.length} estimated times re-derived, ${sourceChanges.length} source dates corrected`);
}
zones.sources = zones.sources.map((source) => (typeof source === "string" ? source : source.id));
writeJson(ZONES_FILE, zones);
writeJson(SOURCES_FILE, { sources: collected.records });
console.log(printed.join("\n"));
console.log(`${SOURCES_FILE}: ${collected.records.length} sources (${collected.merged} duplicate records merged). Now run: npm run validate-data`);
