import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import { basemapUrl, type BasemapLayerName, type BasemapRegionId } from "@/lib/basemap/regions";
import { LAYER_IDS, SOURCE_IDS } from "./ids";
import { BASEMAP_COLOURS } from "./palette";

const coastlineWidth: ExpressionSpecification = ["interpolate", ["linear"], ["zoom"], 3, 0.5, 8, 1.2];

/** Land, coastline and borders, styled alike for the detailed region and its coarser ring. */
function landLayers(land: string, coastline: string, borders: string): LayerSpecification[] {
  return [
    // No antialiasing: the detailed region and its coarse ring abut, and antialiased edges would
    // leave a hairline seam where they meet. The coastline line covers the jagged edge.
    { id: land, type: "fill", source: land, paint: { "fill-color": BASEMAP_COLOURS.land, "fill-antialias": false } },
    { id: coastline, type: "line", source: coastline, paint: { "line-color": BASEMAP_COLOURS.coastline, "line-width": coastlineWidth } },
    { id: borders, type: "line", source: borders, paint: { "line-color": BASEMAP_COLOURS.border, "line-width": 1, "line-dasharray": [3, 2] } },
  ];
}

/**
 * The offline basemap: Natural Earth land, coastline, borders and a 5° graticule, all served by
 * the app. No `glyphs` entry: MapLibre then draws labels with the page's own web font.
 */
export function buildBasemapStyle(region: BasemapRegionId): StyleSpecification {
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
      { id: LAYER_IDS.water, type: "background", paint: { "background-color": BASEMAP_COLOURS.water } },
      { id: LAYER_IDS.graticule, type: "line", source: SOURCE_IDS.graticule, paint: { "line-color": BASEMAP_COLOURS.graticule, "line-width": 0.6 } },
      ...landLayers(LAYER_IDS.outerLand, LAYER_IDS.outerCoastline, LAYER_IDS.outerBorders),
      ...landLayers(LAYER_IDS.land, LAYER_IDS.coastline, LAYER_IDS.borders),
    ],
  };
}
