import type { Position } from "geojson";

/**
 * Web Mercator world coordinates as MapLibre uses them: x and y from 0 to 1, [0, 0] the north-west
 * corner of the world. Longitudes past ±180 (routes unwrapped over the antimeridian) give x outside
 * 0..1, so a route stays one continuous line.
 */
export function toMercator([longitude, latitude]: Position): [number, number] {
  const x = (longitude! + 180) / 360;
  const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (latitude! * Math.PI) / 360))) / 360;
  return [x, y];
}
