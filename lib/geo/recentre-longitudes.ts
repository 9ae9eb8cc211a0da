import { geoArea, geoEquirectangular } from "d3-geo";
import { geoProject } from "d3-geo-projection";
import type { Feature, Geometry, Polygon, Position } from "geojson";

const DEGREES_PER_RADIAN = 180 / Math.PI;

/**
 * Re-expresses spherical GeoJSON (as world-atlas stores Natural Earth: rings that cross the
 * antimeridian run straight across it, as d3-geo expects) as planar GeoJSON whose longitudes run
 * from `centre` − 180 to `centre` + 180. Rings and lines are cut, on the sphere, at the meridian
 * opposite `centre`, so a region that straddles 180° (the Bering Sea, centre 185) stays whole and
 * nothing turns inside out. Cutting a stitched ring as a flat polygon instead draws land over sea.
 * A polygon larger than a hemisphere is dropped: no land is, and Natural Earth 1:10m has three
 * degenerate Maldives islets wound the wrong way that d3 would read as the whole globe but them.
 */
export function recentreLongitudes<Shape extends Geometry>(item: Feature<Shape>, centre: number): Feature<Geometry> | null {
  // Equirectangular at one unit per degree is the identity on longitude and latitude; rotating it
  // moves the cut to centre ± 180. y comes out as −latitude (screen axes) and is flipped back after.
  // precision(0): no adaptive resampling, so no vertices are added along edges.
  const projection = geoEquirectangular().scale(DEGREES_PER_RADIAN).translate([0, 0]).rotate([-centre, 0]).precision(0);
  const projected = geoProject(withoutInsideOutPolygons(item) as Feature, projection);
  if (!projected.geometry) return null;
  const restore = (value: unknown): unknown =>
    Array.isArray(value) && typeof value[0] === "number" ? [value[0] + centre, -value[1]] : Array.isArray(value) ? value.map(restore) : value;
  return { type: "Feature", properties: item.properties, geometry: { ...projected.geometry, coordinates: restore((projected.geometry as Exclude<Geometry, { type: "GeometryCollection" }>).coordinates) } as Geometry };
}

function withoutInsideOutPolygons(item: Feature<Geometry>): Feature<Geometry> {
  const fitsHemisphere = (rings: Position[][]) => geoArea({ type: "Polygon", coordinates: rings } satisfies Polygon) <= 2 * Math.PI;
  if (item.geometry.type === "MultiPolygon") return { ...item, geometry: { type: "MultiPolygon", coordinates: item.geometry.coordinates.filter(fitsHemisphere) } };
  if (item.geometry.type === "Polygon" && !fitsHemisphere(item.geometry.coordinates)) return { ...item, geometry: { type: "MultiPolygon", coordinates: [] } };
  return item;
}
