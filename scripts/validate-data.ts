// Validates every event folder in data/ and the statistics in data/statistics/ before a build. A broken file stops the build with a
// message naming the file, the feature and the field.
import { DataError } from "../lib/data/data-error";
import { buildEventIndex } from "../lib/data/event-index";
import { listEventIds, loadEvent } from "../lib/data/load-event";
import { loadZones } from "../lib/data/load-zones";
import { loadStraits } from "../lib/data/load-straits";
import { loadStatistics } from "../lib/statistics/load-statistics";

let failed = false;
const zones = loadZones();
for (const eventId of listEventIds()) {
  try {
    const bundle = loadEvent(eventId);
    // The index checks what only it relates: a moment's zone id against data/zones.
    buildEventIndex(bundle, zones);
    console.log(`ok  ${eventId}: ${bundle.tracks.features.length} tracks, ${bundle.responses.features.length} responses, ${bundle.places.features.length} places`);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    failed = true;
    console.error(`Data error in event ${eventId}:\n${error.message}`);
  }
}
try {
  const { series, sources } = loadStatistics();
  console.log(`ok  statistics: ${Object.values(series).map((one) => `${one.id} ${one.rows.length} rows`).join(", ")}; ${sources.size} sources`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  failed = true;
  console.error(`Data error in the statistics:\n${error.message}`);
}
try {
  const straits = loadStraits();
  console.log(`ok  strait gates: ${straits.map((gate) => gate.properties.id).join(", ")}`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  failed = true;
  console.error(`Data error in the strait gates:\n${error.message}`);
}
if (failed) process.exit(1);
