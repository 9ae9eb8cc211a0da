import { densifyTimedPath } from "@/lib/geo/densify-timed-path";
import type { TimedPath } from "@/lib/geo/route-at-time";
import type { EventTime, TrackFeature } from "./schema";

/**
 * A leg's route densified along great circles, with a time at every vertex. Null when any vertex
 * has no time: anything measured in time along the leg would then be invented.
 */
export function legTimedPath(track: TrackFeature): TimedPath | null {
  const { times } = track.properties;
  if (!times.every((time): time is EventTime => time !== null)) return null;
  return densifyTimedPath({ coordinates: track.geometry.coordinates, times: times.map((time) => Date.parse(time.utc)) });
}
