import { ImageResponse } from "next/og";
import type { EventBundle } from "@/lib/data/event-bundle";
import type { Country } from "@/lib/data/schema";
import { routeThumbnail } from "@/lib/events/route-thumbnail";
import { COUNTRY_COLOURS } from "@/lib/map/palette";

export const PREVIEW_SIZE = { width: 1200, height: 630 };

/** The link-preview image of an event: its routes drawn from the same GeoJSON, no network needed. */
export function previewImage(bundle: EventBundle): ImageResponse {
  const mapWidth = 640;
  const mapHeight = 560;
  const paths = routeThumbnail({ tracks: bundle.tracks.features, formations: bundle.event.formations }, mapWidth, mapHeight, 24);
  return new ImageResponse(
    (
      <div style={{ display: "flex", width: "100%", height: "100%", background: "#ffffff", padding: 35, fontSize: 28, color: "#0f172a" }}>
        <div style={{ display: "flex", flexDirection: "column", width: 480, paddingRight: 30 }}>
          <div style={{ fontSize: 22, letterSpacing: 6, color: "#475569" }}>SORTIE</div>
          <div style={{ fontSize: 46, fontWeight: 700, marginTop: 16, lineHeight: 1.15 }}>{bundle.event.title}</div>
          <div style={{ marginTop: 24, fontSize: 24, color: "#334155" }}>Routes, fighter scrambles and every source. Dashed: reconstructed.</div>
        </div>
        <svg width={mapWidth} height={mapHeight} viewBox={`0 0 ${mapWidth} ${mapHeight}`} style={{ background: "#dce8f1", borderRadius: 12 }}>
          {paths.map((path, index) => (
            <path key={index} d={path.d} fill="none" stroke={COUNTRY_COLOURS[path.country as Country]} strokeWidth={5} strokeDasharray={path.approximate ? "14 10" : undefined} />
          ))}
        </svg>
      </div>
    ),
    PREVIEW_SIZE,
  );
}
