import { EventPage, eventMetadata, eventStaticParams } from "@/app/_shared/event-pages";

export const dynamicParams = false;
export const generateStaticParams = eventStaticParams;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return eventMetadata("en", (await params).id);
}

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  return <EventPage locale="en" id={(await params).id} />;
}
