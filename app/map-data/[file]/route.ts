import { eventJsonRoute, eventJsonStaticParams } from "@/lib/data/event-json-route";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildEventMapContent } from "@/lib/map/content/event-map-content";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return eventJsonStaticParams();
}

/** /map-data/<event>.json: what the event's map draws and the index's relations (lib/map/content/event-map-content.ts), built once at build time. */
export const GET = eventJsonRoute((id) => buildEventMapContent(loadEvent(id), loadZones()));
