import type { Position } from "geojson";
import type { PreviewLand } from "./preview-land";
import { svgPathData } from "./svg-path-data";

/**
 * A region's simplified land and ADIZ edges as two SVG path data strings, each position passed
 * through `project`: shared by the link previews, the thumbnails' land pictures and the map's sketch.
 */
export function previewLandPaths(land: PreviewLand, project: (position: Position) => [number, number], decimals: number): Record<PreviewLand["features"][number]["properties"]["kind"], string> {
  const pathOf = (kind: "land" | "zone-edge") =>
    land.features
      .filter((item) => item.properties.kind === kind)
      .map((item) => svgPathData(item.geometry, project, decimals))
      .join("");
  return { land: pathOf("land"), "zone-edge": pathOf("zone-edge") };
}
