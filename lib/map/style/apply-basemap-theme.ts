import type { ExpressionSpecification, Map as MapLibreMap } from "maplibre-gl";
import type { Theme } from "@/lib/theme/theme";
import { LAYER_IDS } from "../ids";
import { BASEMAP_COLOURS, BASEMAP_COLOURS_DARK } from "../palette";
import { momentStrokeColour } from "./overlay-layers";

/**
 * Recolours the basemap and labels for a theme; paint changes only, no data is reloaded.
 * Kept rather than `map.setStyle(buildBasemapStyle(region, theme), { diff: true })`: the map's
 * style also holds the event's layers, added after the style loads, and the two WebGL playback
 * layers, which a style document cannot describe, so a diff against the basemap style alone would
 * remove them (or need `transformStyle` to carry every one across), and it would compare every
 * layer and source to find these sixteen paint values. This sets them directly.
 */
export function applyBasemapTheme(map: Pick<MapLibreMap, "getLayer" | "setPaintProperty">, theme: Theme): void {
  const colours = theme === "dark" ? BASEMAP_COLOURS_DARK : BASEMAP_COLOURS;
  const paint: [string, Parameters<MapLibreMap["setPaintProperty"]>[1], string | ExpressionSpecification][] = [
    [LAYER_IDS.water, "background-color", colours.water],
    [LAYER_IDS.land, "fill-color", colours.land],
    [LAYER_IDS.outerLand, "fill-color", colours.land],
    [LAYER_IDS.coastline, "line-color", colours.coastline],
    [LAYER_IDS.outerCoastline, "line-color", colours.coastline],
    [LAYER_IDS.borders, "line-color", colours.border],
    [LAYER_IDS.outerBorders, "line-color", colours.border],
    [LAYER_IDS.graticule, "line-color", colours.graticule],
    [LAYER_IDS.placeLabels, "text-color", colours.label],
    [LAYER_IDS.placeLabels, "text-halo-color", colours.halo],
    [LAYER_IDS.seaLabels, "text-color", colours.seaLabel],
    [LAYER_IDS.seaLabels, "text-halo-color", colours.water],
    [LAYER_IDS.baseLabels, "text-halo-color", colours.halo],
    [LAYER_IDS.zoneLabels, "text-halo-color", colours.halo],
    [LAYER_IDS.placePoints, "circle-color", colours.label],
    [LAYER_IDS.momentPoints, "circle-stroke-color", momentStrokeColour(colours.label)],
  ];
  for (const [layer, property, value] of paint) {
    if (map.getLayer(layer)) map.setPaintProperty(layer, property, value);
  }
}
