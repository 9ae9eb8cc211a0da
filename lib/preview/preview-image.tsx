import { ImageResponse } from "next/og";
import type { EventBundle } from "@/lib/data/event-bundle";
import type { Country } from "@/lib/data/schema";
import { projectToFrame, routeThumbnail } from "@/lib/events/route-thumbnail";
import { BASEMAP_COLOURS, COUNTRY_COLOURS } from "@/lib/map/palette";
import { PREVIEW_MAP_BOX, PREVIEW_PADDING, PREVIEW_SIZE, PREVIEW_TEXT_WIDTH } from "./preview-layout";
import { labelsInFrame } from "./preview-labels";
import { readPreviewLand } from "./preview-land";
import { previewLandPaths } from "./preview-land-paths";

export { PREVIEW_SIZE } from "./preview-layout";

/**
 * The link-preview image of an event: its routes drawn from the same GeoJSON over the region's
 * simplified land, coastline and ADIZ edges (built by scripts/build-basemap.ts), with one or two
 * country names so a reader sees where it is. Rendered at build time; no network needed.
 */
export function previewImage(bundle: EventBundle): ImageResponse {
  const { width: mapWidth, height: mapHeight } = PREVIEW_MAP_BOX;
  const { region } = bundle.event;
  const { paths, frame } = routeThumbnail({ tracks: bundle.tracks.features, formations: bundle.event.formations, region }, mapWidth, mapHeight, 24);
  const project = (position: number[]) => (frame ? projectToFrame(frame, position) : ([0, 0] as [number, number]));
  const landPaths = previewLandPaths(readPreviewLand(region), project, 1);
  const pathOf = (kind: "land" | "zone-edge") => landPaths[kind];
  const labels = frame ? labelsInFrame(region, project, mapWidth, mapHeight, { inset: 60 }) : [];
  return new ImageResponse(
    (
      <div style={{ display: "flex", width: "100%", height: "100%", background: "#ffffff", padding: PREVIEW_PADDING, fontSize: 28, color: "#0f172a" }}>
        <div style={{ display: "flex", flexDirection: "column", width: PREVIEW_TEXT_WIDTH, paddingRight: 30 }}>
          <div style={{ fontSize: 22, letterSpacing: 6, color: "#475569" }}>SORTIE</div>
          <div style={{ fontSize: 46, fontWeight: 700, marginTop: 16, lineHeight: 1.15 }}>{bundle.event.title}</div>
          <div style={{ marginTop: 24, fontSize: 24, color: "#334155" }}>Routes, fighter scrambles and every source. Dashed: reconstructed.</div>
        </div>
        <div style={{ display: "flex", position: "relative", width: mapWidth, height: mapHeight, borderRadius: 12, overflow: "hidden", background: BASEMAP_COLOURS.water }}>
          <svg width={mapWidth} height={mapHeight} viewBox={`0 0 ${mapWidth} ${mapHeight}`}>
            <path d={pathOf("land")} fill={BASEMAP_COLOURS.land} stroke={BASEMAP_COLOURS.coastline} strokeWidth={1.5} strokeLinejoin="round" />
            <path d={pathOf("zone-edge")} fill="none" stroke={BASEMAP_COLOURS.seaLabel} strokeOpacity={0.45} strokeWidth={2} strokeDasharray="8 6" />
          </svg>
          {labels.map((label) => (
            <div
              key={label.name}
              style={{ position: "absolute", left: label.x - 100, top: label.y - 16, width: 200, display: "flex", justifyContent: "center", fontSize: 24, color: BASEMAP_COLOURS.label, textShadow: `0 0 4px ${BASEMAP_COLOURS.halo}` }}
            >
              {label.name}
            </div>
          ))}
          {/* Routes above the names: a name may be hidden, a route never. */}
          <svg width={mapWidth} height={mapHeight} viewBox={`0 0 ${mapWidth} ${mapHeight}`} style={{ position: "absolute", left: 0, top: 0 }}>
            {paths.map((path, index) => (
              <path key={index} d={path.d} fill="none" stroke={COUNTRY_COLOURS[path.country as Country]} strokeWidth={5} strokeDasharray={path.approximate ? "14 10" : undefined} />
            ))}
          </svg>
        </div>
      </div>
    ),
    PREVIEW_SIZE,
  );
}
