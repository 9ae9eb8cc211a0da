import type { Geometry, Position } from "geojson";

/**
 * SVG path data for the polygons and lines of a geometry, each position passed through `project`
 * (to pixels, or to any plane) and rounded to `decimals`. Rings are closed with Z so a fill and its
 * outline agree; points and collections draw nothing.
 */
export function svgPathData(geometry: Geometry, project: (position: Position) => [number, number], decimals = 1): string {
  const format = (position: Position) => project(position).map((value) => Number(value.toFixed(decimals))).join(" ");
  const line = (positions: Position[], close: boolean) =>
    positions.length < 2 ? "" : `M${positions.map(format).join("L")}${close ? "Z" : ""}`;
  switch (geometry.type) {
    case "LineString":
      return line(geometry.coordinates, false);
    case "MultiLineString":
      return geometry.coordinates.map((positions) => line(positions, false)).join("");
    case "Polygon":
      return geometry.coordinates.map((ring) => line(ring.slice(0, -1), true)).join("");
    case "MultiPolygon":
      return geometry.coordinates.flatMap((polygon) => polygon.map((ring) => line(ring.slice(0, -1), true))).join("");
    default:
      return "";
  }
}
