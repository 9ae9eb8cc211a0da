import type { ZoneFile } from "./schema";
import { zoneCrossings } from "@/lib/geo/zone-crossings";
import type { PlaybackModel } from "./playback-model";

export type EventZoneCrossing = { formation: string; zone: string; kind: "entry" | "exit"; time: number; position: [number, number] };

/**
 * Every entry into and exit from each zone along each formation's reconstructed route. These are
 * computed, so they are only as good as the route and its estimated times; the panel shows them
 * beside what officials reported.
 */
export function computeEventZoneCrossings(model: PlaybackModel, zones: ZoneFile): EventZoneCrossing[] {
  const crossings: EventZoneCrossing[] = [];
  for (const formation of model.formations) {
    for (const zone of zones.features) {
      for (const crossing of zoneCrossings(formation.path, zone.geometry)) {
        crossings.push({
          formation: formation.id,
          zone: zone.properties.id,
          kind: crossing.kind,
          time: crossing.time,
          position: [crossing.position[0]!, crossing.position[1]!],
        });
      }
    }
  }
  return crossings.sort((a, b) => a.time - b.time);
}
