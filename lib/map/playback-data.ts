import type { FeatureCollection, LineString, Point } from "geojson";
import type { Country } from "@/lib/data/schema";
import { routeAtTime } from "@/lib/geo/route-at-time";
import type { AircraftRole, PlaybackModel } from "@/lib/timeline/playback-model";

export type TrailSegmentProperties = { formation: string; country: Country; approximate: boolean; start: number };
export type AircraftProperties = { id: string; name: string; country: Country; role: AircraftRole; heading: number; estimated: boolean };

/**
 * Every route cut into its densified segments, each tagged with the second (from the start of the
 * event) at which it begins. The map shows the flown part with a filter on that number, so moving
 * the clock never re-uploads route geometry.
 */
export function buildTrailSegments(model: PlaybackModel): FeatureCollection<LineString, TrailSegmentProperties> {
  const features: FeatureCollection<LineString, TrailSegmentProperties>["features"] = [];
  for (const formation of model.formations) {
    const { coordinates, times } = formation.path;
    for (let index = 1; index < coordinates.length; index += 1) {
      features.push({
        type: "Feature",
        geometry: { type: "LineString", coordinates: [coordinates[index - 1]!, coordinates[index]!] },
        properties: {
          formation: formation.id,
          country: formation.country,
          approximate: formation.approximate[index]!,
          start: secondsSinceStart(model, times[index - 1]!),
        },
      });
    }
  }
  return { type: "FeatureCollection", features };
}

/** Sorted segment start seconds, to tell when the visible trail actually changes. */
export function segmentStarts(trails: FeatureCollection<LineString, TrailSegmentProperties>): Float64Array {
  return Float64Array.from(trails.features.map((feature) => feature.properties.start)).sort();
}

/** How many segments have begun by `seconds`: the trail only needs redrawing when this changes. */
export function countStarted(starts: Float64Array, seconds: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= seconds) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** One point per formation in the air at `time`, rotated to its heading. */
export function aircraftAt(model: PlaybackModel, time: number): FeatureCollection<Point, AircraftProperties> {
  const features: FeatureCollection<Point, AircraftProperties>["features"] = [];
  for (const formation of model.formations) {
    const state = routeAtTime(formation.path, time);
    if (!state) continue;
    const next = Math.min(state.vertexIndex + 1, formation.estimated.length - 1);
    features.push({
      type: "Feature",
      geometry: { type: "Point", coordinates: state.position },
      properties: {
        id: formation.id,
        name: formation.name,
        country: formation.country,
        role: formation.role,
        heading: state.heading,
        // Between two reported times the position is still an interpolation: estimated unless both ends were reported and it sits on one.
        estimated: formation.estimated[state.vertexIndex]! || formation.estimated[next]!,
      },
    });
  }
  return { type: "FeatureCollection", features };
}

export function secondsSinceStart(model: PlaybackModel, time: number): number {
  return Math.round((time - model.start) / 1000);
}
