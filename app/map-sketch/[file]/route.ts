import { eventFileRoute, eventFileStaticParams } from "@/lib/data/event-json-route";
import { loadEvent } from "@/lib/data/load-event";
import { mapSketchSvg } from "@/lib/map/sketch/map-sketch-svg";
import { readPreviewLand } from "@/lib/preview/preview-land";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return eventFileStaticParams("svg");
}

/** /map-sketch/<event>.svg: the static sketch of the event's routes shown in the map's place until it draws (lib/map/sketch/map-sketch-svg.ts), built once at build time. */
export const GET = eventFileRoute("svg", "image/svg+xml", (id) => {
  const bundle = loadEvent(id);
  return mapSketchSvg({ tracks: bundle.tracks.features, formations: bundle.event.formations, region: bundle.event.region }, readPreviewLand(bundle.event.region));
});
