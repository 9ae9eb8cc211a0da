import { loadAllEvents } from "@/lib/data/load-all-events";
import { atomFeed } from "@/lib/export/atom-feed";

export const dynamic = "force-static";

/** /feed.xml: an Atom entry per patrol, updated when its data is revised. */
export function GET() {
  return new Response(atomFeed(loadAllEvents().map((bundle) => bundle.event)), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
