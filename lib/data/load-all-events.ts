import type { EventBundle } from "./event-bundle";
import { listEventIds, loadEvent } from "./load-event";

/** Every event, oldest first. For the index and compare pages, which are built once at build time. */
export function loadAllEvents(): EventBundle[] {
  return listEventIds().map((id) => loadEvent(id));
}
