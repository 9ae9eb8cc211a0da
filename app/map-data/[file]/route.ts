import { eventIdOrNotFound } from "@/lib/data/event-id-or-not-found";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildEventMapContent } from "@/lib/map/content/event-map-content";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listEventIds().map((id) => ({ file: `${id}.json` }));
}

/** /map-data/<event>.json: what the event's map draws and the index's relations (lib/map/content/event-map-content.ts), built once at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const id = eventIdOrNotFound(file.endsWith(".json") ? file.slice(0, -".json".length) : "");
  return new Response(JSON.stringify(buildEventMapContent(loadEvent(id), loadZones())), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
