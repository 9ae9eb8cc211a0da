import type { Metadata } from "next";
import { EventView } from "@/components/event/event-view";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";

export const metadata: Metadata = { title: "Embedded map", robots: { index: false } };

/** The landing event's map and timeline for iframes; any site may frame this page. */
export default function EmbedPage() {
  return <EventView bundle={loadEvent(LANDING_EVENT_ID)} zones={loadZones()} variant="embed" fullViewPath="/" />;
}
