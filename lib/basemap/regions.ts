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

export const COARSE_LAYERS = ["land", "coastline", "borders"] as const;
export type CoarseLayerName = (typeof COARSE_LAYERS)[number];

/**
 * The dashboard's wider map: 1:50m land from Lake Baikal's longitude to Alaska, north of East
 * Asia's basemap and east of it, which it lies beneath (scripts/basemap/region-layers.ts). Its
 * longitudes are continuous around 161° (past 180, as the Bering Sea's are).
 */
export const OVERVIEW_COARSE_BOUNDS = [92, 40, 230, 80] as const;

export function overviewBasemapUrl(layer: CoarseLayerName): string {
  return `/basemap/overview/${layer}.geojson`;
}

/** The middle longitude of a region: its basemap holds longitudes within 180° of it. */
export function regionCentre(region: BasemapRegionId): number {
  const [west, , east] = BASEMAP_REGIONS[region].outerBounds;
  return (west + east) / 2;
}

/** A longitude moved by whole turns to within 180° of the region's centre, as its basemap holds it. */
export function longitudeInRegion(longitude: number, region: BasemapRegionId): number {
  const centre = regionCentre(region);
  return longitude + 360 * Math.round((centre - longitude) / 360);
}

/**
 * Heavily simplified land and coastline (with the ADIZ edges), for link previews and the route
 * thumbnails: a GeoJSON file for the server-drawn previews, and one SVG picture per theme that
 * every thumbnail of a region shares (an <image> cannot follow the page's theme, so two).
 */
export function previewLandPath(region: BasemapRegionId): string {
  return `generated/preview-land-${region}.geojson`;
}

export function thumbnailLandUrl(region: BasemapRegionId, theme: "light" | "dark"): string {
  return `/basemap/${region}/thumbnail-${theme}.svg`;
}
