import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import { basemapUrl, type BasemapLayerName, type BasemapRegionId } from "@/lib/basemap/regions";
import { LAYER_IDS, SOURCE_IDS } from "../ids";
import type { Theme } from "@/lib/theme/theme";
import { BASEMAP_COLOURS, BASEMAP_COLOURS_DARK } from "../palette";

const coastlineWidth: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 3, 0.5, 8, 1.2];

/** Land, coastline and borders, styled alike for the detailed region and its coarser ring. */
function landLayers(colours: typeof BASEMAP_COLOURS, land: string, coastline: string, borders: string): LayerSpecification[] {
  return [
    // No antialiasing: the detailed region and its coarse ring abut, and antialiased edges would
    // leave a hairline seam where they meet. The coastline line covers the jagged edge.
    { id: land, type: "fill", source: land, paint: { "fill-color": colours.land, "fill-antialias": false } },
    { id: coastline, type: "line", source: coastline, paint: { "line-color": colours.coastline, "line-width": coastlineWidth } },
    { id: borders, type: "line", source: borders, paint: { "line-color": colours.border, "line-width": 1, "line-dasharray": [3, 2] } },
  ];
}

/**
 * The offline basemap: Natural Earth land, coastline, borders and a 5° graticule, all served by
 * the app. No `glyphs` entry: MapLibre then draws labels with the page's own web font. Built in the
 * reader's theme, so that the first frame drawn is already in it (apply-basemap-theme.ts recolours it).
 */
export function buildBasemapStyle(region: BasemapRegionId, theme: Theme = "light"): StyleSpecification {
  const colours = theme === "dark" ? BASEMAP_COLOURS_DARK : BASEMAP_COLOURS;
  const geojson = (layer: BasemapLayerName) => ({ type: "geojson" as const, data: basemapUrl(region, layer) });
  return {
    version: 8,
    name: "Sortie offline basemap",
    sources: {
      [SOURCE_IDS.land]: { ...geojson("land"), attribution: "Natural Earth (public domain)" },
      [SOURCE_IDS.coastline]: geojson("coastline"),
      [SOURCE_IDS.borders]: geojson("borders"),
      [SOURCE_IDS.outerLand]: geojson("outer-land"),
      [SOURCE_IDS.outerCoastline]: geojson("outer-coastline"),
      [SOURCE_IDS.outerBorders]: geojson("outer-borders"),
      [SOURCE_IDS.graticule]: geojson("graticule"),
    },
    layers: [
      { id: LAYER_IDS.water, type: "background", paint: { "background-color": colours.water } },
      { id: LAYER_IDS.graticule, type: "line", source: SOURCE_IDS.graticule, paint: { "line-color": colours.graticule, "line-width": 0.6 } },
      ...landLayers(colours, LAYER_IDS.outerLand, LAYER_IDS.outerCoastline, LAYER_IDS.outerBorders),
      ...landLayers(colours, LAYER_IDS.land, LAYER_IDS.coastline, LAYER_IDS.borders),
    ],
  };
}
