import type { Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
import { basemapUrl, overviewBasemapUrl } from "@/lib/basemap/regions";
import type { Theme } from "@/lib/theme/theme";
import { LAYER_IDS, SOURCE_IDS } from "../ids";
import { BASEMAP_COLOURS, BASEMAP_COLOURS_DARK } from "../palette";
import { applyBasemapTheme } from "../style/apply-basemap-theme";
import { buildBasemapStyle } from "../style/basemap-style";

/**
 * The event pages' East Asia basemap with 1:50m land beneath it out to Alaska (OVERVIEW_COARSE_BOUNDS),
 * so the one patrol flown near Alaska has land around it too, without the Bering Sea's 1:10m detail.
 */
export function buildOverviewBasemapStyle(theme: Theme): StyleSpecification {
  const style = buildBasemapStyle("east-asia", theme);
  const colours = theme === "dark" ? BASEMAP_COLOURS_DARK : BASEMAP_COLOURS;
  const sources = {
    ...style.sources,
    [SOURCE_IDS.overviewLand]: { type: "geojson" as const, data: overviewBasemapUrl("land") },
    [SOURCE_IDS.overviewCoastline]: { type: "geojson" as const, data: overviewBasemapUrl("coastline") },
    [SOURCE_IDS.overviewBorders]: { type: "geojson" as const, data: overviewBasemapUrl("borders") },
    [SOURCE_IDS.beringGraticule]: { type: "geojson" as const, data: basemapUrl("bering-sea", "graticule") },
  };
  const [water, ...rest] = style.layers;
  return {
    ...style,
    sources,
    layers: [
      water!,
      { id: LAYER_IDS.beringGraticule, type: "line", source: SOURCE_IDS.beringGraticule, paint: { "line-color": colours.graticule, "line-width": 0.6 } },
      { id: LAYER_IDS.overviewLand, type: "fill", source: SOURCE_IDS.overviewLand, paint: { "fill-color": colours.land, "fill-antialias": false } },
      { id: LAYER_IDS.overviewCoastline, type: "line", source: SOURCE_IDS.overviewCoastline, paint: { "line-color": colours.coastline, "line-width": 0.6 } },
      { id: LAYER_IDS.overviewBorders, type: "line", source: SOURCE_IDS.overviewBorders, paint: { "line-color": colours.border, "line-width": 1, "line-dasharray": [3, 2] } },
      ...rest,
    ],
  };
}

/** Recolours the whole basemap, the Bering ring included, for a theme. */
export function applyOverviewBasemapTheme(map: Pick<MapLibreMap, "getLayer" | "setPaintProperty">, theme: Theme): void {
  applyBasemapTheme(map, theme);
  const colours = theme === "dark" ? BASEMAP_COLOURS_DARK : BASEMAP_COLOURS;
  map.setPaintProperty(LAYER_IDS.beringGraticule, "line-color", colours.graticule);
  map.setPaintProperty(LAYER_IDS.overviewLand, "fill-color", colours.land);
  map.setPaintProperty(LAYER_IDS.overviewCoastline, "line-color", colours.coastline);
  map.setPaintProperty(LAYER_IDS.overviewBorders, "line-color", colours.border);
}
