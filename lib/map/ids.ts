/** Every source and layer id the map uses, in one place. */
export const SOURCE_IDS = {
  land: "land",
  coastline: "coastline",
  borders: "borders",
  outerLand: "outer-land",
  outerCoastline: "outer-coastline",
  outerBorders: "outer-borders",
  graticule: "graticule",
  tracks: "tracks",
  responses: "responses",
  bases: "bases",
  places: "places",
  moments: "moments",
  zones: "zones",
  zoneEdges: "zone-edges",
  imported: "imported",
  /** The dashboard (/events): every patrol's routes, and the density hexagons. */
  patrolRoutes: "patrol-routes",
  patrolDensity: "patrol-density",
  /** The dashboard's 1:50m land out to Alaska beneath East Asia's basemap, and the Bering Sea's graticule. */
  overviewLand: "overview-land",
  overviewCoastline: "overview-coastline",
  overviewBorders: "overview-borders",
  beringGraticule: "bering-graticule",
} as const;

export const LAYER_IDS = {
  water: "water",
  land: "land",
  coastline: "coastline",
  borders: "borders",
  outerLand: "outer-land",
  outerCoastline: "outer-coastline",
  outerBorders: "outer-borders",
  graticule: "graticule",
  responseLines: "response-lines",
  trackCasing: "track-casing",
  trackLinesSourced: "track-lines-sourced",
  trackLinesReconstructed: "track-lines-reconstructed",
  trackArrows: "track-arrows",
  trackHitArea: "track-hit-area",
  momentPoints: "moment-points",
  /** A custom WebGL layer (trail-layer.ts), not a style layer. */
  trails: "trails",
  /** A custom WebGL layer (aircraft-layer.ts): the playback's aircraft and their halos. */
  aircraft: "aircraft",
  basePoints: "base-points",
  baseLabels: "base-labels",
  placePoints: "place-points",
  placeLabels: "place-labels",
  seaLabels: "sea-labels",
  zoneFill: "zone-fill",
  zoneEdgesSourced: "zone-edges-sourced",
  zoneEdgesApproximate: "zone-edges-approximate",
  zoneLabels: "zone-labels",
  importedFill: "imported-fill",
  importedLines: "imported-lines",
  importedPoints: "imported-points",
  patrolRouteCasing: "patrol-route-casing",
  patrolRoutesSourced: "patrol-routes-sourced",
  patrolRoutesReconstructed: "patrol-routes-reconstructed",
  patrolRouteHitArea: "patrol-route-hit-area",
  patrolDensityFill: "patrol-density-fill",
  patrolDensityEdges: "patrol-density-edges",
  overviewLand: "overview-land",
  overviewCoastline: "overview-coastline",
  overviewBorders: "overview-borders",
  beringGraticule: "bering-graticule",
} as const;

export const ARROW_IMAGE_ID = "direction-arrow";

/** Global-state keys the style reads; set with map.setGlobalStateProperty. */
export const GLOBAL_STATE = {
  /** True while a time is chosen: full routes fade and the flown trail shows. */
  timeMode: "timeMode",
  /** The page's locale (ja, ko, zh, ru or en): labels show the place's name in it. */
  locale: "locale",
} as const;

/**
 * Layers a click or tap selects from, topmost first. The aircraft, drawn by the GPU, are not a
 * style layer: the map picks them first by position (pick-aircraft.ts).
 */
export const CLICKABLE_LAYER_IDS = [
  LAYER_IDS.momentPoints,
  LAYER_IDS.basePoints,
  LAYER_IDS.placePoints,
  LAYER_IDS.trackHitArea,
  LAYER_IDS.responseLines,
] as const;

/** The web font the map draws labels with; served by the app from @fontsource/noto-sans. */
export const LABEL_FONT = "Noto Sans";

/**
 * Set on the map container while the map has drawn the event and has nothing left to do (MapLibre's
 * idle after the event's layers were added), removed when the camera moves. Tests and the benchmark wait for it.
 */
export const MAP_IDLE_ATTRIBUTE = "data-map-idle";

/**
 * Set on the map container by the map-start module once the event is on the map, maybe before
 * hydration: the server-rendered "Loading the map…" cover hides itself on it (a CSS peer variant),
 * so a drawn map is never hidden while React catches up.
 */
export const MAP_DRAWN_ATTRIBUTE = "data-map-drawn";

/**
 * Set on the map container by the map-start module when the browser gives no WebGL2 context, before
 * the map library has loaded and before hydration: the server-rendered notice after it shows itself
 * on it (a CSS peer variant), so a reader without WebGL learns why at once rather than seconds later.
 */
export const MAP_NO_WEBGL_ATTRIBUTE = "data-map-no-webgl";
