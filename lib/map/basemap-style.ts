import type { StyleSpecification } from "maplibre-gl";
import { basemapUrl, type BasemapRegionId } from "@/lib/basemap/regions";
import { LAYER_IDS, LABEL_FONT, SOURCE_IDS } from "./ids";
import { BASEMAP_COLOURS } from "./palette";

/**
 * The offline basemap: Natural Earth land, coastline, borders and a 5° graticule, all served by
 * the app. No `glyphs` entry: MapLibre then draws labels with the page's own web font.
 */
export function buildBasemapStyle(region: BasemapRegionId): StyleSpecification {
  const geojson = (layer: Parameters<typeof basemapUrl>[1]) => ({ type: "geojson" as const, data: basemapUrl(region, layer) });
  return {
    version: 8,
    name: "Sortie offline basemap",
    sources: {
      [SOURCE_IDS.land]: { ...geojson("land"), attribution: "Natural Earth (public domain)" },
      [SOURCE_IDS.coastline]: geojson("coastline"),
      [SOURCE_IDS.borders]: geojson("borders"),
      [SOURCE_IDS.graticule]: geojson("graticule"),
    },
    layers: [
      { id: LAYER_IDS.water, type: "background", paint: { "background-color": BASEMAP_COLOURS.water } },
      {
        id: LAYER_IDS.graticule,
        type: "line",
        source: SOURCE_IDS.graticule,
        paint: { "line-color": BASEMAP_COLOURS.graticule, "line-width": 0.6 },
      },
      { id: LAYER_IDS.land, type: "fill", source: SOURCE_IDS.land, paint: { "fill-color": BASEMAP_COLOURS.land } },
      {
        id: LAYER_IDS.coastline,
        type: "line",
        source: SOURCE_IDS.coastline,
        paint: { "line-color": BASEMAP_COLOURS.coastline, "line-width": ["interpolate", ["linear"], ["zoom"], 3, 0.5, 8, 1.2] },
      },
      {
        id: LAYER_IDS.borders,
        type: "line",
        source: SOURCE_IDS.borders,
        paint: { "line-color": BASEMAP_COLOURS.border, "line-width": 1, "line-dasharray": [3, 2] },
      },
    ],
  };
}

export { LABEL_FONT };
