/**
 * Basemap regions cut from Natural Earth 1:10m at build time. Each event names the region it
 * sits in; the map never lets the camera leave it, so the clipped edges stay out of sight.
 */
export const BASEMAP_REGIONS = {
  "east-asia": { bounds: [112, 17, 150, 50] as const },
} as const;

export type BasemapRegionId = keyof typeof BASEMAP_REGIONS;

export const BASEMAP_LAYERS = ["land", "coastline", "borders", "graticule"] as const;
export type BasemapLayerName = (typeof BASEMAP_LAYERS)[number];

/** Public URL of one basemap layer file, served by the app itself. */
export function basemapUrl(region: BasemapRegionId, layer: BasemapLayerName): string {
  return `/basemap/${region}/${layer}.geojson`;
}
