import type { Formation, TrackFeature } from "@/lib/data/schema";
import { greatCircleLine } from "@/lib/geo/great-circle-line";
import { boundsOf } from "@/lib/geo/bounds-of";

export type ThumbnailPath = { d: string; country: string; approximate: boolean };

/**
 * An event's routes as SVG path data in a width × height box (equirectangular, scaled by the
 * cosine of the middle latitude): small multiples need no map library.
 */
export function routeThumbnail(
  routes: { tracks: readonly TrackFeature[]; formations: readonly Formation[] },
  width: number,
  height: number,
  margin = 6,
): ThumbnailPath[] {
  const countryOf = new Map(routes.formations.map((formation) => [formation.id, formation.country]));
  const lines = routes.tracks.map((track) => ({
    coordinates: greatCircleLine(track.geometry.coordinates, 50).coordinates,
    country: countryOf.get(track.properties.formation) ?? "china",
    approximate: track.properties.confidence === "inferred",
  }));
  const bounds = boundsOf(lines.flatMap((line) => line.coordinates));
  if (!bounds) return [];
  const [west, south, east, north] = bounds;
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * xScale, 0.1);
  const spanY = Math.max(north - south, 0.1);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  return lines.map((line) => ({
    country: line.country,
    approximate: line.approximate,
    d: line.coordinates
      .map((position, index) => {
        const x = offsetX + (position[0]! - west) * xScale * scale;
        const y = offsetY + (north - position[1]!) * scale;
        return `${index === 0 ? "M" : "L"}${x.toFixed(1)} ${y.toFixed(1)}`;
      })
      .join(""),
  }));
}
