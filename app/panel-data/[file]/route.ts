import { eventIndexOf } from "@/lib/data/event-index";
import { eventJsonRoute, eventJsonStaticParams } from "@/lib/data/event-json-route";
import { loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { buildPanelDetails } from "@/lib/details/panel-details";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return eventJsonStaticParams();
}

/** /panel-data/<event>.json: the panel's details of every item (lib/details/panel-details.ts), built once at build time. */
export const GET = eventJsonRoute((id) => {
  const bundle = loadEvent(id);
  const zones = loadZones();
  return buildPanelDetails(bundle, eventIndexOf(bundle, zones), zones);
});
