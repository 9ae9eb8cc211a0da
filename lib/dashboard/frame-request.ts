import type { Bounds } from "@/lib/geo/bounds-of";
import type { Camera } from "@/lib/url-state/camera";

/**
 * A request to frame part of the dashboard's map: each request is a new object, so the map's sync
 * (lib/map/overview/sync-overview.ts) frames once per request and asking twice frames twice.
 */
export type FrameRequest = { bounds: Bounds };

type Linked = { patrol: string | null; map: Camera | null };

/**
 * The framing a change of the link asks for, or null to leave the map where it is. A selection
 * is framed whether the reader made it (list or map, both go through the link) or Back/Forward
 * restored it; on the first load, a link that names a camera wins over framing its selection. A
 * patrol the link's filters hide is not framed: the map does not light it, so a frame would show
 * the reader an empty sea. `previous` is null for the first link the page reads; `shown` says
 * whether `next`'s filters show a patrol.
 */
export function frameForLink(previous: Linked | null, next: Linked, patrolBounds: (id: string) => Bounds | undefined, shown: (id: string) => boolean): FrameRequest | null {
  if (next.patrol === null || next.patrol === previous?.patrol) return null;
  if (previous === null && next.map !== null) return null;
  if (!shown(next.patrol)) return null;
  const bounds = patrolBounds(next.patrol);
  return bounds ? { bounds } : null;
}
