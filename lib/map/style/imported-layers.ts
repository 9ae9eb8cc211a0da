import type { LayerSpecification } from "maplibre-gl";
import { LAYER_IDS, SOURCE_IDS } from "../ids";

/** The reader's own GeoJSON, in a colour no event uses, above the routes. */
const IMPORTED_COLOUR = "#6d28d9";

export const IMPORTED_LAYERS: LayerSpecification[] = [
  {
    id: LAYER_IDS.importedFill,
    type: "fill",
    source: SOURCE_IDS.imported,
    filter: ["==", ["geometry-type"], "Polygon"],
    paint: { "fill-color": IMPORTED_COLOUR, "fill-opacity": 0.15 },
  },
  {
    id: LAYER_IDS.importedLines,
    type: "line",
    source: SOURCE_IDS.imported,
    filter: ["in", ["geometry-type"], ["literal", ["LineString", "Polygon"]]],
    paint: { "line-color": IMPORTED_COLOUR, "line-width": 2.5 },
  },
  {
    id: LAYER_IDS.importedPoints,
    type: "circle",
    source: SOURCE_IDS.imported,
    filter: ["==", ["geometry-type"], "Point"],
    paint: { "circle-color": IMPORTED_COLOUR, "circle-radius": 5, "circle-stroke-color": "#ffffff", "circle-stroke-width": 1.5 },
  },
];
