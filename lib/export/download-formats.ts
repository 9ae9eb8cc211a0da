// Kept apart from events-index.ts (which needs zod) so the panel's links ship no zod to the browser.

/** The formats each event can be downloaded in, by file extension. */
export const DOWNLOAD_FORMATS = ["geojson", "kml", "csv"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

/** The site path of one event's download. */
export function downloadPath(eventId: string, format: DownloadFormat): string {
  return `/data/${eventId}.${format}`;
}
