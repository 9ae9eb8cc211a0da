import type { FeatureCollection, LineString } from "geojson";

/**
 * Meridians and parallels every `step` degrees inside a bounding box, densified so they curve
 * correctly if the map is ever shown in a projection other than Web Mercator.
 */
export function buildGraticule(
  bbox: readonly [number, number, number, number],
  step: number,
): FeatureCollection<LineString, { label: string; axis: "meridian" | "parallel" }> {
  const [west, south, east, north] = bbox;
  const features: FeatureCollection<LineString, { label: string; axis: "meridian" | "parallel" }>["features"] = [];
  for (let longitude = Math.ceil(west / step) * step; longitude <= east; longitude += step) {
    features.push({
      type: "Feature",
      properties: { axis: "meridian", label: formatDegrees(longitude, "E", "W") },
      geometry: { type: "LineString", coordinates: sample(south, north).map((latitude) => [longitude, latitude]) },
    });
  }
  for (let latitude = Math.ceil(south / step) * step; latitude <= north; latitude += step) {
    features.push({
      type: "Feature",
      properties: { axis: "parallel", label: formatDegrees(latitude, "N", "S") },
      geometry: { type: "LineString", coordinates: sample(west, east).map((longitude) => [longitude, latitude]) },
    });
  }
  return { type: "FeatureCollection", features };
}

function sample(from: number, to: number): number[] {
  const count = Math.max(2, Math.ceil(to - from) + 1);
  return Array.from({ length: count }, (_, index) => from + ((to - from) * index) / (count - 1));
}

function formatDegrees(input: number, positive: string, negative: string): string {
  // Longitudes past ±180 (boxes over the antimeridian) are named as usual.
  const value = input > 180 ? input - 360 : input < -180 ? input + 360 : input;
  if (value === 0 || Math.abs(value) === 180) return `${Math.abs(value)}°`;
  return `${Math.abs(value)}°${value > 0 ? positive : negative}`;
}
