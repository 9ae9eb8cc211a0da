import type { FeatureCollection, Point } from "geojson";
import type { Country } from "@/lib/data/schema";
import { routeAtTime } from "@/lib/geo/route-at-time";
import type { AircraftRole, PlaybackModel } from "@/lib/data/playback-model";

export type AircraftProperties = { id: string; name: string; country: Country; role: AircraftRole; heading: number; estimated: boolean };

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
