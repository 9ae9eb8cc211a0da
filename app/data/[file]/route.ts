import { eventDownload } from "@/lib/data/event-download";
import { eventIdOrNotFound } from "@/lib/data/event-id-or-not-found";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import type { EventBundle } from "@/lib/data/event-bundle";
import { eventCsv } from "@/lib/export/event-csv";
import { eventKml } from "@/lib/export/event-kml";
import { DOWNLOAD_FORMATS, type DownloadFormat } from "@/lib/export/download-formats";

export const dynamic = "force-static";
export const dynamicParams = false;

const FORMATS: Record<DownloadFormat, { type: string; body: (bundle: EventBundle) => string }> = {
  geojson: { type: "application/geo+json; charset=utf-8", body: (bundle) => JSON.stringify(eventDownload(bundle)) },
  kml: { type: "application/vnd.google-earth.kml+xml; charset=utf-8", body: eventKml },
  csv: { type: "text/csv; charset=utf-8; header=present", body: eventCsv },
};

export function generateStaticParams() {
  return listEventIds().flatMap((id) => DOWNLOAD_FORMATS.map((format) => ({ file: `${id}.${format}` })));
}

/** /data/<event>.geojson, .kml and .csv: the event's data with its sources, built once at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^(.*)\.(geojson|kml|csv)$/.exec(file);
  const format = (match?.[2] ?? "geojson") as DownloadFormat;
  const id = eventIdOrNotFound(match?.[1] ?? "");
  return new Response(FORMATS[format].body(loadEvent(id)), {
    headers: { "Content-Type": FORMATS[format].type, "Content-Disposition": `attachment; filename="sortie-${id}.${format}"` },
  });
}
