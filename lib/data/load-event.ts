import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DataError } from "./data-error";
import { EVENTS_FOLDER, eventFolder } from "./event-directory";
import type { EventBundle } from "./event-bundle";
import { parseEventBundle, type RawEventFiles } from "./parse-event-bundle";
import { eventFileSchemas, type EventFileName } from "./schema";
import { loadSources, type SourceIndex } from "./load-sources";

/** Reads and validates one event folder from disk. Server and build scripts only. */
export function loadEvent(eventId: string, root = process.cwd(), sources: SourceIndex = loadSources(root)): EventBundle {
  const folder = eventFolder(eventId);
  const files = {} as RawEventFiles;
  for (const name of Object.keys(eventFileSchemas) as EventFileName[]) {
    files[name] = readJson(root, `${folder}/${name}`);
  }
  return parseEventBundle(folder, files, sources);
}

/** Ids of every event folder, in date order. */
export function listEventIds(root = process.cwd()): string[] {
  // Pages that read data are prerendered at build time, so the server never needs data/ traced in.
  return readdirSync(path.join(/*turbopackIgnore: true*/ root, EVENTS_FOLDER), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function readJson(root: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(path.join(/*turbopackIgnore: true*/ root, file), "utf8");
  } catch {
    throw new DataError([{ file, field: "(file)", message: "is missing" }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError([{ file, field: "(file)", message: `is not valid JSON: ${(error as Error).message}` }]);
  }
}
