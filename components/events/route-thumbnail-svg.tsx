import type { Country, Formation, TrackFeature } from "@/lib/data/schema";
import { routeThumbnail } from "@/lib/events/route-thumbnail";
import { COUNTRY_COLOURS } from "@/lib/map/palette";

/** A small multiple of an event's routes as SVG: no map library needed. */
export function RouteThumbnailSvg({
  tracks,
  formations,
  title,
  width = 160,
  height = 120,
}: {
  tracks: readonly TrackFeature[];
  formations: readonly Formation[];
  title: string;
  width?: number;
  height?: number;
}) {
  const paths = routeThumbnail({ tracks, formations }, width, height);
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Routes of ${title}`} className="h-auto max-w-full rounded bg-sky-100">
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
