import type { EventBundle } from "./event-bundle";
import { listEventIds, loadEvent } from "./load-event";
import { loadSources } from "./load-sources";

/** Every event, oldest first. For the index and compare pages, which are built once at build time. */
export function loadAllEvents(): EventBundle[] {
  const sources = loadSources();
  return listEventIds().map((id) => loadEvent(id, process.cwd(), sources));
}
