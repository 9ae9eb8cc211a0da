import { EventView } from "@/components/event/event-view";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";

export default function HomePage() {
  return <EventView bundle={loadEvent(LANDING_EVENT_ID)} zones={loadZones()} />;
}
