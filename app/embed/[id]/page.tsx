import type { Metadata } from "next";
import { EventView } from "@/components/event/event-view";
import { eventIdOrNotFound } from "@/lib/data/event-id-or-not-found";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";

export const dynamicParams = false;
export const metadata: Metadata = { title: "Embedded map", robots: { index: false } };

export function generateStaticParams() {
  return listEventIds().map((id) => ({ id }));
}

/** An event's map and timeline for iframes; any site may frame this page. */
export default async function EmbedEventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = eventIdOrNotFound((await params).id);
  return <EventView bundle={loadEvent(id)} zones={loadZones()} variant="embed" fullViewPath={`/events/${id}`} />;
}
