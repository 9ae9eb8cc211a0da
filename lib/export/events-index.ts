import { z } from "zod";
import type { SortieEvent } from "@/lib/data/schema";
import { DATA_LICENCE } from "@/lib/data/event-download";
import { lastRevisionDate } from "./data-revision";
import { downloadPath } from "./download-formats";


const sitePath = z.string().regex(/^\/[\w\-./]*$/, "must be a site path starting with /");
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** /data/events.json: what a reader's script can rely on. Tests validate the route with it. */
export const eventsIndexSchema = z.object({
  licence: z.string().min(1),
  feed: sitePath,
  events: z.array(z.object({
    id: date,
    title: z.string().min(1),
    date,
    page: sitePath,
    formats: z.object({ geojson: sitePath, kml: sitePath, csv: sitePath }),
    lastRevision: z.object({ date, change: z.string().min(1) }).nullable(),
    revisionCount: z.number().int().nonnegative(),
  })),
});
export type EventsIndex = z.infer<typeof eventsIndexSchema>;

/** Every patrol with its download links and last data revision. Paths are site-relative. */
export function eventsIndex(events: readonly SortieEvent[]): EventsIndex {
  return {
    licence: DATA_LICENCE,
    feed: "/feed.xml",
    events: events.map((event) => {
      const lastDate = lastRevisionDate(event);
      const last = event.revisions.filter((revision) => revision.date === lastDate).at(-1);
      return {
        id: event.id,
        title: event.title,
        date: event.date,
        page: `/events/${event.id}`,
        formats: { geojson: downloadPath(event.id, "geojson"), kml: downloadPath(event.id, "kml"), csv: downloadPath(event.id, "csv") },
        lastRevision: last ? { date: last.date, change: last.change } : null,
        revisionCount: event.revisions.length,
      };
    }),
  };
}
