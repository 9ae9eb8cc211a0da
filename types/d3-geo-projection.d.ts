// d3-geo-projection ships no types; Sortie uses only geoProject (build-time basemap cutting).
declare module "d3-geo-projection" {
  import type { GeoStreamWrapper } from "d3-geo";
  import type { Feature, FeatureCollection, Geometry } from "geojson";
  export function geoProject<Value extends Feature | FeatureCollection | Geometry>(object: Value, projection: GeoStreamWrapper): Value;
}
