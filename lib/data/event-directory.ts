import path from "node:path";

/** Where event folders live, relative to the project root. */
export const EVENTS_FOLDER = "data/events";

export function eventFolder(eventId: string): string {
  return path.join(EVENTS_FOLDER, eventId);
}
