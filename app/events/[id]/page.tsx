import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventView } from "@/components/event/event-view";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";

export const dynamicParams = false;

export function generateStaticParams() {
  return listEventIds().map((id) => ({ id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const { event } = loadEvent(id);
  return { title: event.title, description: event.summary, openGraph: { title: event.title, description: event.summary, type: "article" }, twitter: { card: "summary_large_image", title: event.title, description: event.summary } };
}

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!listEventIds().includes(id)) notFound();
  return <EventView bundle={loadEvent(id)} zones={loadZones()} fullViewPath={`/events/${id}`} />;
}
