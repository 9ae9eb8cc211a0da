import type { Metadata } from "next";
import { EventView } from "@/components/event/event-view";
import { eventIdOrNotFound } from "@/lib/data/event-id-or-not-found";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";

export const dynamicParams = false;

export function generateStaticParams() {
  return listEventIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { event } = loadEvent(eventIdOrNotFound((await params).id));
  return { title: event.title, description: event.summary, openGraph: { title: event.title, description: event.summary, type: "article" }, twitter: { card: "summary_large_image", title: event.title, description: event.summary } };
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const id = eventIdOrNotFound((await params).id);
  return <EventView bundle={loadEvent(id)} zones={loadZones()} fullViewPath={`/events/${id}`} />;
}
