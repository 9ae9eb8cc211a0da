import type { BasemapRegionId } from "@/lib/basemap/regions";
import { longitudeInRegion } from "@/lib/basemap/regions";
import type { Formation, TrackFeature } from "@/lib/data/schema";
import { greatCircleLine } from "@/lib/geo/great-circle-line";
import { boundsOf } from "@/lib/geo/bounds-of";

export type ThumbnailPath = { d: string; country: string; approximate: boolean };

/**
 * Where a thumbnail puts the world: x = scaleX · longitude + translateX and
 * y = scaleY · (−latitude) + translateY, in pixels. Also an SVG transform, matrix(scaleX 0 0 scaleY
 * translateX translateY), for a picture drawn in degrees with y = −latitude.
 */
export type ThumbnailFrame = { scaleX: number; scaleY: number; translateX: number; translateY: number };

export function projectToFrame(frame: ThumbnailFrame, [longitude, latitude]: readonly number[]): [number, number] {
  return [frame.scaleX * longitude! + frame.translateX, -frame.scaleY * latitude! + frame.translateY];
}

/**
 * An event's routes as SVG path data in a width × height box (equirectangular, scaled by the
 * cosine of the middle latitude): small multiples need no map library. Longitudes are taken in
 * the region's range (past 180 in the Bering Sea), where the region's land picture is drawn.
 */
export function routeThumbnail(
  routes: { tracks: readonly TrackFeature[]; formations: readonly Formation[]; region: BasemapRegionId },
  width: number,
  height: number,
  margin = 6,
): { paths: ThumbnailPath[]; frame: ThumbnailFrame | undefined } {
  const countryOf = new Map(routes.formations.map((formation) => [formation.id, formation.country]));
  const lines = routes.tracks.map((track) => ({
    coordinates: greatCircleLine(track.geometry.coordinates, 50).coordinates.map(([longitude, latitude]) => [longitudeInRegion(longitude!, routes.region), latitude!]),
    country: countryOf.get(track.properties.formation) ?? "china",
    approximate: track.properties.confidence === "inferred",
  }));
  const bounds = boundsOf(lines.flatMap((line) => line.coordinates));
  if (!bounds) return { paths: [], frame: undefined };
  const [west, south, east, north] = bounds;
  const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * xScale, 0.1);
  const spanY = Math.max(north - south, 0.1);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const frame: ThumbnailFrame = {
    scaleX: xScale * scale,
    scaleY: scale,
    translateX: (width - spanX * scale) / 2 - west * xScale * scale,
    translateY: (height - spanY * scale) / 2 + north * scale,
  };
  const paths = lines.map((line) => ({
    country: line.country,
    approximate: line.approximate,
    d: line.coordinates
      .map((position, index) => {
        const [x, y] = projectToFrame(frame, position);
        return `${index === 0 ? "M" : "L"}${x.toFixed(1)} ${y.toFixed(1)}`;
      })
      .join(""),
  }));
  return { paths, frame };
}
