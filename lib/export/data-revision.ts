import type { SortieEvent } from "@/lib/data/schema";

/** The date of the event's last data revision (revisions are stored oldest first), or null. */
export function lastRevisionDate(event: Pick<SortieEvent, "revisions">): string | null {
  const dates = event.revisions.map((revision) => revision.date).sort();
  return dates.at(-1) ?? null;
}

/**
 * When the event's data was first published. The data keeps no publication date of its own, so
 * this is the newest date among its sources (published, or accessed for a reference page): the
 * data cannot be older than the last source it cites.
 */
export function firstPublicationDate(event: Pick<SortieEvent, "sources" | "date">): string {
  const dates = event.sources.map((source) => source.published ?? source.accessed ?? event.date).sort();
  return dates.at(-1) ?? event.date;
}

/** The date the event's data last changed: its last revision, else its first publication. */
export function dataUpdatedDate(event: Pick<SortieEvent, "revisions" | "sources" | "date">): string {
  return lastRevisionDate(event) ?? firstPublicationDate(event);
}
