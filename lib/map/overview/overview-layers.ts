import type { ExpressionSpecification, LayerSpecification } from "maplibre-gl";
import type { Theme } from "@/lib/theme/theme";
import { LAYER_IDS, SOURCE_IDS } from "../ids";
import { BASEMAP_COLOURS, BASEMAP_COLOURS_DARK, COUNTRY_COLOURS, DENSITY_COLOURS, FIRST_COLOURED_YEAR, YEAR_COLOURS, YEAR_COLOURS_DARK } from "../palette";

export type ColourBy = "year" | "country";

/** Global-state key the route layers read: true while a patrol is hovered or selected, so the others fade. */
export const PATROL_FOCUS_STATE = "patrolFocused";

const isSelected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const isHovered: ExpressionSpecification = ["boolean", ["feature-state", "hovered"], false];
const emphasised = (normal: number, hovered: number, selected: number): ExpressionSpecification => ["case", isSelected, selected, isHovered, hovered, normal];
const focused: ExpressionSpecification = ["==", ["global-state", PATROL_FOCUS_STATE], true];
const isHidden: ExpressionSpecification = ["boolean", ["feature-state", "hidden"], false];
const routeOpacity: ExpressionSpecification = ["case", isHidden, 0, ["any", isSelected, isHovered], 1, focused, 0.3, 0.9];

/** The routes' colour: by year (a sequential ramp per theme) or by the formation's country. */
export function routeColour(colourBy: ColourBy, theme: Theme): ExpressionSpecification {
  if (colourBy === "country") return ["match", ["get", "country"], "china", COUNTRY_COLOURS.china, "russia", COUNTRY_COLOURS.russia, "#555555"];
  const palette = theme === "dark" ? YEAR_COLOURS_DARK : YEAR_COLOURS;
  const steps = palette.slice(1).flatMap((colour, index) => [FIRST_COLOURED_YEAR + index + 1, colour]);
  return ["step", ["get", "year"], palette[0], ...steps] as ExpressionSpecification;
}


/** Every route layer, shown or hidden with the mode. */
export const ROUTE_LAYER_IDS = [LAYER_IDS.patrolRouteCasing, LAYER_IDS.patrolRoutesSourced, LAYER_IDS.patrolRoutesReconstructed, LAYER_IDS.patrolRouteHitArea] as const;

export const DENSITY_LAYER_IDS = [LAYER_IDS.patrolDensityFill, LAYER_IDS.patrolDensityEdges] as const;

/** Density: each hexagon's share of the busiest visible cell (feature state "share", 0–1), one hue stronger with more time. */
export function densityColour(theme: Theme): ExpressionSpecification {
  const [none, low, middle, high] = DENSITY_COLOURS[theme];
  return ["interpolate", ["linear"], ["coalesce", ["feature-state", "share"], 0], 0, none, 0.2, low, 0.55, middle, 1, high];
}

const hasTime: ExpressionSpecification = [">", ["coalesce", ["feature-state", "share"], 0], 0];

/** The dashboard's layers above the basemap, bottom to top, as typed data. */
export function overviewLayers(colourBy: ColourBy, theme: Theme): LayerSpecification[] {
  const basemap = theme === "dark" ? BASEMAP_COLOURS_DARK : BASEMAP_COLOURS;
  const line = { "line-cap": "round", "line-join": "round" } as const;
  return [
    {
      id: LAYER_IDS.patrolDensityFill,
      type: "fill",
      source: SOURCE_IDS.patrolDensity,
      layout: { visibility: "none" },
      paint: { "fill-color": densityColour(theme), "fill-opacity": ["case", hasTime, 0.85, 0] },
    },
    {
      id: LAYER_IDS.patrolDensityEdges,
      type: "line",
      source: SOURCE_IDS.patrolDensity,
      layout: { visibility: "none" },
      paint: { "line-color": basemap.coastline, "line-width": 0.4, "line-opacity": ["case", hasTime, 0.6, 0] },
    },
    {
      id: LAYER_IDS.patrolRouteCasing,
      type: "line",
      source: SOURCE_IDS.patrolRoutes,
      layout: line,
      paint: { "line-color": basemap.halo, "line-width": emphasised(0, 7, 8), "line-opacity": ["case", ["any", isSelected, isHovered], 1, 0] },
    },
    {
      id: LAYER_IDS.patrolRoutesSourced,
      type: "line",
      source: SOURCE_IDS.patrolRoutes,
      filter: ["==", ["get", "inferred"], 0],
      layout: line,
      paint: { "line-color": routeColour(colourBy, theme), "line-width": emphasised(1.8, 3.5, 4.5), "line-opacity": routeOpacity },
    },
    {
      id: LAYER_IDS.patrolRoutesReconstructed,
      type: "line",
      source: SOURCE_IDS.patrolRoutes,
      filter: ["==", ["get", "inferred"], 1],
      layout: { "line-join": "round" },
      // Dashed: our reconstruction, as on the event pages.
      paint: { "line-color": routeColour(colourBy, theme), "line-width": emphasised(1.8, 3.5, 4.5), "line-opacity": routeOpacity, "line-dasharray": [2, 1.5] },
    },
    {
      id: LAYER_IDS.patrolRouteHitArea,
      type: "line",
      source: SOURCE_IDS.patrolRoutes,
      layout: line,
      // Wide and invisible: what a pointer hovers or taps.
      paint: { "line-color": "#000000", "line-width": 14, "line-opacity": 0 },
    },
  ];
}
