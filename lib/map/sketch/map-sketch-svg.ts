import type { BasemapRegionId } from "@/lib/basemap/regions";
import type { Country, Formation, TrackFeature } from "@/lib/data/schema";
import { projectToFrame, routeThumbnail, type ThumbnailFrame } from "@/lib/events/route-thumbnail";
import { COUNTRY_COLOURS } from "@/lib/map/palette";
import { bboxClip } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { PreviewLand } from "@/lib/preview/preview-land";
import { previewLandPaths } from "@/lib/preview/preview-land-paths";
import { MAP_SKETCH_SIZE } from "./map-sketch-size";

export { MAP_SKETCH_SIZE } from "./map-sketch-size";

// The map fits the event with room around it; so does the sketch.
const MARGIN = 160;
// One file for both themes: no water (the map area's own theme colour shows through) and land and
// coast in a grey that reads on the light and the dark surface.
const LAND = { fill: "#94a3b8", fillOpacity: 0.3, stroke: "#64748b" };

/**
 * A static sketch of an event's routes over the region's land, shown while the map loads or when
 * it cannot be drawn: routes in their country's colour, dashed where the map dashes them
 * (inferred), with no more precision than the map gives.
 */
export function mapSketchSvg(routes: { tracks: readonly TrackFeature[]; formations: readonly Formation[]; region: BasemapRegionId }, land: PreviewLand): string {
  const { width, height } = MAP_SKETCH_SIZE;
  const { paths, frame } = routeThumbnail(routes, width, height, MARGIN);
  const landPaths = frame ? previewLandPaths(landInFrame(land, frame, width, height), (position) => projectToFrame(frame, position), 0) : { land: "" };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<path d="${landPaths.land}" fill="${LAND.fill}" fill-opacity="${LAND.fillOpacity}" stroke="${LAND.stroke}" stroke-width="2" stroke-linejoin="round"/>`,
    ...paths.map(
      (path) =>
        `<path d="${path.d}" fill="none" stroke="${COUNTRY_COLOURS[path.country as Country]}" stroke-width="6" stroke-linejoin="round" stroke-linecap="round"${path.approximate ? ' stroke-dasharray="20 14"' : ""}/>`,
    ),
    "</svg>",
  ].join("");
}

/** The land inside the picture (and a little around, so no coast is drawn at its edge): the rest would only cost bytes. */
function landInFrame(land: PreviewLand, frame: ThumbnailFrame, width: number, height: number): PreviewLand {
  const pad = 0.5;
  const west = -frame.translateX / frame.scaleX - pad;
  const east = (width - frame.translateX) / frame.scaleX + pad;
  const north = frame.translateY / frame.scaleY + pad;
  const south = (frame.translateY - height) / frame.scaleY - pad;
  const features = land.features
    .filter((item) => item.properties.kind === "land" && (item.geometry.type === "Polygon" || item.geometry.type === "MultiPolygon"))
    .map((item) => ({ ...bboxClip(item as Feature<Polygon | MultiPolygon>, [west, south, east, north]), properties: item.properties }));
  return { type: "FeatureCollection", features };
}
