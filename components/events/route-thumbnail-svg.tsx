import { BASEMAP_REGIONS, thumbnailLandUrl, type BasemapRegionId } from "@/lib/basemap/regions";
import type { Country, Formation, TrackFeature } from "@/lib/data/schema";
import { projectToFrame, routeThumbnail } from "@/lib/events/route-thumbnail";
import { BASEMAP_COLOURS, BASEMAP_COLOURS_DARK, COUNTRY_COLOURS } from "@/lib/map/palette";
import { labelsInFrame } from "@/lib/preview/preview-labels";

/**
 * A small multiple of an event's routes as SVG, over the region's land: no map library needed.
 * The land is one picture per region and theme (public/basemap/<region>/thumbnail-*.svg), shared
 * by every thumbnail and cached, stretched onto this thumbnail's frame; the page's theme picks one.
 */
export function RouteThumbnailSvg({
  tracks,
  formations,
  region,
  label,
  labelName = (_id, name) => name,
  width = 160,
  height = 120,
}: {
  tracks: readonly TrackFeature[];
  formations: readonly Formation[];
  region: BasemapRegionId;
  /** The picture's accessible name, in the page's language ("Routes of …"). */
  label: string;
  /** A land label's name in the page's language, by its id (lib/preview/preview-labels.ts). */
  labelName?: (id: string, name: string) => string;
  width?: number;
  height?: number;
}) {
  const { paths, frame } = routeThumbnail({ tracks, formations, region }, width, height);
  const [west, south, east, north] = BASEMAP_REGIONS[region].outerBounds;
  const labels = frame ? labelsInFrame(region, (position) => projectToFrame(frame, position), width, height) : [];
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="h-auto max-w-full rounded" data-region={region}>
      <rect className="only-light" width={width} height={height} fill={BASEMAP_COLOURS.water} />
      <rect className="only-dark" width={width} height={height} fill={BASEMAP_COLOURS_DARK.water} />
      {frame && (
        <g transform={`matrix(${frame.scaleX} 0 0 ${frame.scaleY} ${frame.translateX} ${frame.translateY})`}>
          {(["light", "dark"] as const).map((theme) => (
            <image key={theme} className={`only-${theme}`} href={thumbnailLandUrl(region, theme)} x={west} y={-north} width={east - west} height={north - south} preserveAspectRatio="none" />
          ))}
        </g>
      )}
      {labels.map((label) => (
        <text key={label.id} x={label.x} y={label.y} textAnchor="middle" fontSize={10} className="fill-muted stroke-surface" strokeWidth={2.5} paintOrder="stroke" aria-hidden="true">
          {labelName(label.id, label.name)}
        </text>
      ))}
      {paths.map((path, index) => (
        <path
          key={index}
          d={path.d}
          fill="none"
          stroke={COUNTRY_COLOURS[path.country as Country]}
          strokeWidth={1.6}
          strokeDasharray={path.approximate ? "4 3" : undefined}
          strokeLinejoin="round"
        />
      ))}
    </svg>
  );
}
