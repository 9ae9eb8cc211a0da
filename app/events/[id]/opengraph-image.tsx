import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { PREVIEW_SIZE, previewImage } from "@/lib/preview/preview-image";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "Routes of a China–Russia joint air patrol";

export function generateStaticParams() {
  return listEventIds().map((id) => ({ id }));
}

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return previewImage(loadEvent(id));
}
