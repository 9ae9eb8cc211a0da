import type { z } from "zod";
import { DataError, type DataProblem } from "./data-error";
import type { EventBundle } from "./event-bundle";
import { parseDataFile } from "./parse-data-file";
import { eventFileSchemas, type EventFileName } from "./schema";
import { checkEventReferences } from "./check-event-references";
import { checkMomentPositions } from "./check-moment-positions";
import { checkFlyableTiming } from "./check-flyable-timing";
import { resolveSources, type SourceIndex } from "./load-sources";

/** Raw JSON of each file in an event folder, keyed by file name. */
export type RawEventFiles = Record<EventFileName, unknown>;

/**
 * Parses and cross-checks an event folder. `folder` is only used to name files in messages;
 * `sources` is the registry (data/sources.json) the event's source ids are resolved against.
 * Throws a DataError listing every problem found, not just the first.
 */
export function parseEventBundle(folder: string, files: RawEventFiles, sources: SourceIndex): EventBundle {
  const problems: DataProblem[] = [];
  const parse = <Name extends EventFileName>(name: Name): z.infer<(typeof eventFileSchemas)[Name]> | undefined => {
    const result = parseDataFile(`${folder}/${name}`, files[name], eventFileSchemas[name]);
    problems.push(...result.problems);
    // The schema was picked by the same key, so its output has this file's type.
    return result.data as z.infer<(typeof eventFileSchemas)[Name]> | undefined;
  };
  const eventFile = parse("event.json");
  const tracks = parse("tracks.geojson");
  const responses = parse("responses.geojson");
  const bases = parse("bases.geojson");
  const places = parse("places.geojson");
  if (!eventFile || !tracks || !responses || !bases || !places) throw new DataError(problems);

  const resolved = resolveSources(`${folder}/event.json`, eventFile.sources, sources);
  if (resolved.problems.length > 0) throw new DataError(resolved.problems);
  const bundle: EventBundle = { event: { ...eventFile, sources: resolved.sources }, tracks, responses, bases, places };
  const referenceProblems = [
    ...checkEventReferences(folder, bundle),
    ...checkMomentPositions(folder, bundle),
    ...checkFlyableTiming(folder, bundle),
  ];
  if (referenceProblems.length > 0) throw new DataError(referenceProblems);
  return bundle;
}
