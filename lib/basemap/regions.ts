/**
 * Basemap regions cut from Natural Earth at build time: 1:10m detail inside `bounds`, and a ring
 * of 1:50m around it out to `outerBounds`, so a tall phone screen zoomed out still sees land
 * rather than an empty edge. The camera never leaves `outerBounds`.
 */
export const BASEMAP_REGIONS = {
  "east-asia": { bounds: [112, 17, 150, 50] as const, outerBounds: [92, 0, 170, 62] as const },
  // The Bering Sea straddles the antimeridian: longitudes run past 180 so the box does not wrap.
  "bering-sea": { bounds: [155, 48, 215, 75] as const, outerBounds: [140, 40, 230, 80] as const },
} as const;

export type BasemapRegionId = keyof typeof BASEMAP_REGIONS;

export const BASEMAP_LAYERS = ["land", "coastline", "borders", "outer-land", "outer-coastline", "outer-borders", "graticule"] as const;
export type BasemapLayerName = (typeof BASEMAP_LAYERS)[number];

/** Public URL of one basemap layer file, served by the app itself. */
export function basemapUrl(region: BasemapRegionId, layer: BasemapLayerName): string {
  return `/basemap/${region}/${layer}.geojson`;
}
