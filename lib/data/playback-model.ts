import type { EventBundle } from "./event-bundle";
import type { Country, EventTime } from "./schema";
import { legTimedPath } from "./leg-timed-path";
import { roundCoordinates } from "@/lib/geo/round-coordinates";
import type { TimedPath } from "@/lib/geo/route-at-time";

export type AircraftRole = "bomber" | "aew" | "fighter";

export type PlaybackFormation = {
  id: string;
  name: string;
  country: Country;
  role: AircraftRole;
  /** Densified along great circles; times in ms since the epoch. */
  path: TimedPath;
  /** Per dense vertex: true where the time there was estimated rather than reported. */
  estimated: boolean[];
  /** Per dense vertex: true where the leg's geometry is our reconstruction. */
  approximate: boolean[];
};

/** A reported moment on the timeline; `formations` are the ids of the formations it involves. */
export type PlaybackTick = { id: string; time: number; kind: string; label: string; estimated: boolean; formations: string[] };

/** Everything playback needs, computed once on the server from the event's data. */
export type PlaybackModel = { start: number; end: number; formations: PlaybackFormation[]; ticks: PlaybackTick[] };

/** Cruise speed used to estimate times between sourced anchors; stated in the panel. */
export const ESTIMATE_CRUISE_SPEED_KILOMETRES_PER_HOUR = 700;

export function buildPlaybackModel(bundle: EventBundle): PlaybackModel {
  const formations: PlaybackFormation[] = [];
  for (const formation of bundle.event.formations) {
    const legs = bundle.tracks.features
      .filter((track) => track.properties.formation === formation.id)
      .flatMap((track) => {
        const dense = legTimedPath(track);
        return dense ? [{ track, dense, times: track.properties.times as EventTime[] }] : [];
      })
      .sort((a, b) => a.times[0]!.utc.localeCompare(b.times[0]!.utc));
    if (legs.length === 0) continue;
    const coordinates: TimedPath["coordinates"][number][] = [];
    const times: number[] = [];
    const estimated: boolean[] = [];
    const approximate: boolean[] = [];
    for (const { track, dense, times: legTimes } of legs) {
      const legApproximate = track.properties.confidence === "inferred";
      // A dense vertex's time is reported only where it coincides with a reported vertex time.
      const reportedTimes = new Set(legTimes.filter((time) => !time.estimated).map((time) => Date.parse(time.utc)));
      dense.coordinates.forEach((position, index) => {
        const time = dense.times[index]!;
        // Legs meet end to start; keep time strictly ordered across the join.
        if (times.length > 0 && time <= times[times.length - 1]! && index === 0) return;
        coordinates.push(position);
        times.push(time);
        estimated.push(!reportedTimes.has(time));
        approximate.push(legApproximate);
      });
    }
    formations.push({
      id: formation.id,
      name: formation.name,
      country: formation.country,
      role: roleOf(formation.aircraft.map((aircraft) => aircraft.role)),
      path: roundCoordinates({ coordinates, times }, 4),
      estimated,
      approximate,
    });
  }
  const ticks = bundle.event.moments
    .map((moment) => ({
      id: moment.id,
      time: Date.parse(moment.time.utc),
      kind: moment.kind,
      label: moment.description,
      estimated: moment.time.estimated,
      formations: moment.formations,
    }))
    .sort((a, b) => a.time - b.time);
  // The day runs from the first flown or reported moment to the last.
  const allTimes = [
    ...formations.flatMap((formation) => [formation.path.times[0]!, formation.path.times[formation.path.times.length - 1]!]),
    ...ticks.map((tick) => tick.time),
  ];
  return { start: Math.min(...allTimes), end: Math.max(...allTimes), formations, ticks };
}

function roleOf(roles: string[]): AircraftRole {
  if (roles.includes("bomber")) return "bomber";
  if (roles.includes("aew")) return "aew";
  return "fighter";
}
