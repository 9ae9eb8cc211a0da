import { plausibleFormationSpeed } from "../../lib/data/aircraft-speeds";
import { deriveEstimatedTimes } from "../../lib/data/derive-estimated-times";
import { ESTIMATE_CRUISE_SPEED_KILOMETRES_PER_HOUR } from "../../lib/data/playback-model";
import type { EventJson, TimeJson, TrackJson } from "./event-json";

const key = (coordinates: number[], utc: string) => `${coordinates[0]},${coordinates[1]}@${utc}`;
const clock = (utc: string) => utc.slice(11, utc.length - 1);

/**
 * Re-derives every track's estimated times (lib/data/derive-estimated-times.ts). Where legs meet,
 * or a moment is timed at a vertex, they share one estimate: the latest one derived, so no leg
 * arrives sooner than it can fly. Returns one line per moment or vertex whose time moved.
 */
export function migrateTimes(event: EventJson, tracks: { features: TrackJson[] }): string[] {
  const formations = new Map(event.formations.map((formation) => [formation.id, formation]));
  const moved = new Map<string, string>();
  // A moment without a position (a join the sources do not place) follows its formations' vertex.
  const movedByFormation = new Map<string, string>();
  for (const track of tracks.features) {
    const formation = formations.get(track.properties.formation);
    const plausible = formation ? plausibleFormationSpeed(formation) : Infinity;
    const derived = deriveEstimatedTimes(track.geometry.coordinates, track.properties.times, { cruise: ESTIMATE_CRUISE_SPEED_KILOMETRES_PER_HOUR, plausible });
    track.properties.times.forEach((time, index) => {
      const next = derived[index];
      if (!time || !next || time.utc === next.utc) return;
      const vertexKey = key(track.geometry.coordinates[index]!, time.utc);
      for (const [map, mapKey] of [[moved, vertexKey], [movedByFormation, `${track.properties.formation}@${time.utc}`]] as const) {
        const earlier = map.get(mapKey);
        if (!earlier || earlier < next.utc) map.set(mapKey, next.utc);
      }
    });
  }
  const lines: string[] = [];
  const follow = (time: TimeJson | null, coordinates: number[] | undefined, formations: string[] = []) => {
    if (!time?.estimated) return undefined;
    const atVertex = coordinates ? moved.get(key(coordinates, time.utc)) : undefined;
    const next = atVertex ?? (coordinates ? undefined : formations.map((formation) => movedByFormation.get(`${formation}@${time.utc}`)).find(Boolean));
    if (!next) return undefined;
    const line = `${clock(time.utc)} → ${clock(next)} UTC`;
    time.utc = next;
    return line;
  };
  for (const track of tracks.features) {
    const changes = track.properties.times.flatMap((time, index) => {
      const line = follow(time, track.geometry.coordinates[index]);
      return line ? [`vertex ${index} ${line}`] : [];
    });
    if (changes.length > 0) lines.push(`track ${track.properties.id} ${changes.join(", ")}`);
  }
  for (const moment of event.moments) {
    const line = follow(moment.time, moment.position?.coordinates, moment.formations);
    if (line) lines.push(`moment ${moment.id} ${line}`);
  }
  return lines;
}
