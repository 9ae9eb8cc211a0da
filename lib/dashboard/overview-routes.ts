import type { FeatureCollection, LineString } from "geojson";
import { longitudeInRegion } from "@/lib/basemap/regions";
import type { EventBundle } from "@/lib/data/event-bundle";
import { greatCircleLine } from "@/lib/geo/great-circle-line";

/** One patrol's legs as the dashboard draws them: country and whether the leg is our reconstruction. */
export type PatrolRoutes = { id: string; year: number; legs: { coordinates: [number, number][]; country: string; inferred: boolean }[] };

export type OverviewRouteProperties = { patrol: number; year: number; country: string; inferred: 0 | 1 };

/**
 * The routes file every patrol shares (/map-data/patrols.json): one line per leg, its patrol by
 * number (`patrols` lists their ids in that order), year, country and whether it is inferred.
 * Coordinates are quantised to 0.01° (about 1 km), the precision the sources' places are given
 * to at best, and consecutive repeats dropped: the file stays small at a thousand patrols without
 * a per-zoom tiling step, and the dashboard is a regional overview where a kilometre is under a pixel.
 */
export type OverviewRoutes = FeatureCollection<LineString, OverviewRouteProperties> & { patrols: string[] };

/**
 * Great-circle steps of the overview's lines: over the patrols' legs (a few hundred kilometres) a
 * 100 km chord strays from the great circle by well under a kilometre, less than a pixel at the
 * dashboard's zooms, and half the vertices of 50 km steps.
 */
const KILOMETRES_PER_STEP = 100;
const QUANTUM = 100;

export function patrolRoutesOf(bundle: EventBundle): PatrolRoutes {
  const countries = new Map(bundle.event.formations.map((formation) => [formation.id, formation.country]));
  return {
    id: bundle.event.id,
    year: Number(bundle.event.date.slice(0, 4)),
    legs: bundle.tracks.features.map((track) => ({
      coordinates: track.geometry.coordinates.map(([longitude, latitude]) => [longitude!, latitude!] as [number, number]),
      country: countries.get(track.properties.formation) ?? "china",
      inferred: track.properties.confidence === "inferred",
    })),
  };
}

export function buildOverviewRoutes(patrols: readonly PatrolRoutes[]): OverviewRoutes {
  const features = patrols.flatMap((patrol, index) =>
    patrol.legs.map((leg) => {
      // Continuous longitudes near East Asia: the Bering Sea patrol runs past 180° rather than wrapping.
      const dense = greatCircleLine(leg.coordinates, KILOMETRES_PER_STEP).coordinates.map(([longitude, latitude]) => [longitude!, latitude!]);
      const shift = longitudeInRegion(dense[0]![0]!, "east-asia") - dense[0]![0]!;
      const coordinates: [number, number][] = [];
      for (const [longitude, latitude] of dense) {
        const position: [number, number] = [Math.round((longitude! + shift) * QUANTUM) / QUANTUM, Math.round(latitude! * QUANTUM) / QUANTUM];
        const last = coordinates[coordinates.length - 1];
        if (!last || last[0] !== position[0] || last[1] !== position[1]) coordinates.push(position);
      }
      if (coordinates.length === 1) coordinates.push(coordinates[0]!);
      return {
        type: "Feature" as const,
        properties: { patrol: index, year: patrol.year, country: leg.country, inferred: leg.inferred ? (1 as const) : (0 as const) },
        geometry: { type: "LineString" as const, coordinates },
      };
    }),
  );
  return { type: "FeatureCollection", patrols: patrols.map((patrol) => patrol.id), features };
}

