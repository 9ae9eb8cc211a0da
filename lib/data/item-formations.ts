import type { EventBundle } from "./event-bundle";

/**
 * The formations each item involves, so that pointing at one view lights up the others: a
 * formation is itself, a leg belongs to its formation, a reported moment names its formations.
 * Items that involve none (bases, places, scrambles) are left out.
 */
export function buildItemFormations(bundle: EventBundle): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const formation of bundle.event.formations) result[formation.id] = [formation.id];
  for (const track of bundle.tracks.features) result[track.properties.id] = [track.properties.formation];
  for (const moment of bundle.event.moments) {
    if (moment.formations.length > 0) result[moment.id] = [...moment.formations];
  }
  return result;
}
