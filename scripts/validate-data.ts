// Validates every event folder in data/ before a build. A broken file stops the build with a
// message naming the file, the feature and the field.
import { DataError } from "../lib/data/data-error";
import { listEventIds, loadEvent } from "../lib/data/load-event";

let failed = false;
for (const eventId of listEventIds()) {
  try {
    const bundle = loadEvent(eventId);
    console.log(`ok  ${eventId}: ${bundle.tracks.features.length} tracks, ${bundle.responses.features.length} responses, ${bundle.places.features.length} places`);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    failed = true;
    console.error(`Data error in event ${eventId}:\n${error.message}`);
  }
}
if (failed) process.exit(1);
