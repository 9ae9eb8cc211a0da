import type { SortieEvent } from "@/lib/data/schema";
import { dataUpdatedDate } from "./data-revision";
import { DOWNLOAD_FORMATS, downloadPath } from "./download-formats";
import { absoluteUrl, siteUrl } from "./site-url";
import { xmlDocument } from "./xml-document";

export const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";
const FORMAT_TYPES = { geojson: "application/geo+json", kml: "application/vnd.google-earth.kml+xml", csv: "text/csv" } as const;

/**
 * /feed.xml: an Atom feed with one entry per patrol, newest data change first. An entry's
 * `updated` is its last data revision's date, else when its data was first published, so a
 * feed reader shows a patrol again when its data is corrected. Links are absolute under
 * SORTIE_SITE_URL (lib/export/site-url.ts), as feed readers fetch them from elsewhere.
 */
export function atomFeed(events: readonly SortieEvent[], base: URL = siteUrl()): string {
  const entries = events
    .map((event) => ({ event, updated: dataUpdatedDate(event) }))
    .sort((first, second) => second.updated.localeCompare(first.updated) || second.event.date.localeCompare(first.event.date));
  const feed = xmlDocument("feed", { "": ATOM_NAMESPACE });
  feed.ele("id").txt(absoluteUrl("/feed.xml", base));
  feed.ele("title").txt("Sortie: China–Russia joint bomber patrols");
  feed.ele("subtitle").txt("Each patrol's routes, scrambles and sources; an entry is updated when its data is revised.");
  feed.ele("updated").txt(atomDate(entries[0]?.updated ?? "1970-01-01"));
  feed.ele("author").ele("name").txt("Sortie");
  feed.ele("link", { rel: "self", type: "application/atom+xml", href: absoluteUrl("/feed.xml", base) });
  feed.ele("link", { rel: "alternate", type: "text/html", href: absoluteUrl("/events", base) });
  for (const { event, updated } of entries) {
    const page = absoluteUrl(`/events/${event.id}`, base);
    const entry = feed.ele("entry");
    entry.ele("id").txt(page);
    entry.ele("title").txt(event.title);
    entry.ele("updated").txt(atomDate(updated));
    entry.ele("link", { rel: "alternate", type: "text/html", href: page });
    for (const format of DOWNLOAD_FORMATS) {
      entry.ele("link", { rel: "enclosure", type: FORMAT_TYPES[format], title: format.toUpperCase(), href: absoluteUrl(downloadPath(event.id, format), base) });
    }
    entry.ele("summary").txt(event.summary);
    const revisions = event.revisions.map((revision) => `${revision.date}: ${revision.change}`);
    entry.ele("content", { type: "text" }).txt([event.summary, ...(revisions.length > 0 ? ["Data revisions:", ...revisions] : [])].join("\n"));
  }
  return feed.end();
}

/** A day as an RFC 3339 instant (Atom requires a full date-time). */
function atomDate(day: string): string {
  return `${day}T00:00:00Z`;
}
