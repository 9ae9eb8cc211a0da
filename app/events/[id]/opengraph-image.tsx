import { eventIdOrNotFound } from "@/lib/data/event-id-or-not-found";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { PREVIEW_SIZE, previewImage } from "@/lib/preview/preview-image";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
// Only the prerendered events exist: any other id is a 404 and is never rendered or cached.
export const dynamicParams = false;
export const alt = "Routes of a China–Russia joint air patrol";

export function generateStaticParams() {
  return listEventIds().map((id) => ({ id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return previewImage(loadEvent(eventIdOrNotFound(id)));
}
