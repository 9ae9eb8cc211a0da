import { readdirSync } from "node:fs";
import path from "node:path";
import { DataError } from "./data-error";
import { EVENTS_FOLDER, eventFolder } from "./event-directory";
import type { EventBundle } from "./event-bundle";
import { EVENT_ID_SHAPE } from "./event-id-shape";
import { readJsonFile } from "./read-json-file";
import { parseEventBundle, type RawEventFiles } from "./parse-event-bundle";
import { eventFileSchemas, type EventFileName } from "./schema";
import { loadSources, type SourceIndex } from "./load-sources";

/** Reads and validates one event folder from disk. Server and build scripts only. */
export function loadEvent(eventId: string, root = process.cwd(), sources: SourceIndex = loadSources(root)): EventBundle {
  // The id may come from a URL: it is checked before any path is built from it.
  if (!isKnownEventId(eventId, root)) {
    throw new DataError([{ file: EVENTS_FOLDER, field: "(folder)", message: `has no event “${String(eventId).slice(0, 40)}”` }]);
  }
  const folder = eventFolder(eventId);
  const files = {} as RawEventFiles;
  for (const name of Object.keys(eventFileSchemas) as EventFileName[]) {
    files[name] = readJsonFile(root, `${folder}/${name}`);
  }
  return parseEventBundle(folder, files, sources);
}

/**
 * The one check for an event id from outside (a route segment, a link): the YYYY-MM-DD shape,
 * then membership in the event list. Every route and loadEvent use it, so an unknown or crafted
 * id (`..%2F..%2Fetc`) is refused before it is joined into a file path.
 */
export function isKnownEventId(value: unknown, root = process.cwd()): value is string {
  return typeof value === "string" && EVENT_ID_SHAPE.test(value) && listEventIds(root).includes(value);
}

/** Ids of every event folder, in date order; a folder not named YYYY-MM-DD is not an event. */
export function listEventIds(root = process.cwd()): string[] {
  // Pages that read data are prerendered at build time, so the server never needs data/ traced in.
  return readdirSync(path.join(/*turbopackIgnore: true*/ root, EVENTS_FOLDER), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && EVENT_ID_SHAPE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}
