import { loadAllEvents } from "@/lib/data/load-all-events";
import { eventsIndex } from "@/lib/export/events-index";

export const dynamic = "force-static";

/** /data/events.json: every patrol with its download links and last data revision. */
export function GET() {
  const index = eventsIndex(loadAllEvents().map((bundle) => bundle.event));
  return new Response(`${JSON.stringify(index, null, 2)}\n`, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
