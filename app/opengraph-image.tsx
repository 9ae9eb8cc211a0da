import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { loadEvent } from "@/lib/data/load-event";
import { PREVIEW_SIZE, previewImage } from "@/lib/preview/preview-image";

export const size = PREVIEW_SIZE;
export const contentType = "image/png";
export const dynamic = "force-static";
export const alt = "Routes of the 22 December 2020 China–Russia joint bomber patrol";

export default function Image() {
  return previewImage(loadEvent(LANDING_EVENT_ID));
}
