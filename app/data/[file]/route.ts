import { eventDownload } from "@/lib/data/event-download";
import { eventIdOrNotFound } from "@/lib/data/event-id-or-not-found";
import { listEventIds, loadEvent } from "@/lib/data/load-event";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return listEventIds().map((id) => ({ file: `${id}.geojson` }));
}

/** /data/<event>.geojson: the event's data with its sources, built once at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const id = eventIdOrNotFound(file.endsWith(".geojson") ? file.slice(0, -".geojson".length) : "");
  return new Response(JSON.stringify(eventDownload(loadEvent(id))), {
    headers: { "Content-Type": "application/geo+json; charset=utf-8", "Content-Disposition": `attachment; filename="sortie-${id}.geojson"` },
  });
}
