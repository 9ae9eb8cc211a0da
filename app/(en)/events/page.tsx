import { EventsPage, eventsMetadata } from "@/app/_shared/events-page";

export const generateMetadata = () => eventsMetadata("en");

export default function Page() {
  return <EventsPage locale="en" />;
}
