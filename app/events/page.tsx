import type { Metadata } from "next";
import Link from "next/link";
import { RouteThumbnailSvg } from "@/components/events/route-thumbnail-svg";
import { SiteHeader } from "@/components/events/site-header";
import { DownloadLinks } from "@/components/share/download-links";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";

export const metadata: Metadata = {
  title: "Every China–Russia joint air patrol since 2019",
  description: "All China–Russia joint strategic air patrols since July 2019, with their routes, aircraft and how well each is documented.",
};

export default function EventsPage() {
  const events = loadAllEvents();
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="text-2xl font-semibold text-ink">Every China–Russia joint air patrol since 2019</h1>
        <p className="mt-2 max-w-3xl text-sm text-subtle">
          Each patrol drawn from official releases and news reports, with its sources. Dashed lines are our reconstruction.
          Documentation quality says how much the sources pin down: “weak” means most of the map is inferred.{" "}
          <Link prefetch={false} href="/statistics" className="underline underline-offset-2">
            Scramble and air defence zone statistics
          </Link>{" "}
          put the patrols against the yearly counts.
        </p>
        <ol className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {events.map((bundle) => {
            const { event } = bundle;
            const bombers = event.formations
              .flatMap((formation) => formation.aircraft)
              .filter((aircraft) => aircraft.role === "bomber")
              .map((aircraft) => `${aircraft.count ?? "?"} × ${aircraft.type}`)
              .join(" + ");
            const seas = bundle.places.features.filter((place) => place.properties.kind === "sea").map((place) => place.properties.name);
            const href = event.id === LANDING_EVENT_ID ? "/" : `/events/${event.id}`;
            return (
              <li key={event.id} className="rounded-lg border border-line-soft bg-surface p-3 shadow-sm">
                <Link prefetch={false} href={href} className="group block focus-visible:outline-2 focus-visible:outline-focus">
                  <RouteThumbnailSvg tracks={bundle.tracks.features} formations={event.formations} region={event.region} title={event.title} width={300} height={150} />
                  <h2 className="mt-2 font-semibold text-ink group-hover:underline">{event.title}</h2>
                </Link>
                <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-x-2 text-sm">
                  <dt className="text-muted">Date</dt>
                  <dd>
                    <time dateTime={event.date}>{event.date}</time>
                  </dd>
                  <dt className="text-muted">Bombers</dt>
                  <dd>{bombers || "not reported"}</dd>
                  <dt className="text-muted">Regions</dt>
                  <dd>{seas.join(", ") || "—"}</dd>
                  <dt className="text-muted">Documentation</dt>
                  <dd className={event.documentation === "weak" ? "font-medium text-notice-ink" : undefined}>{event.documentation}</dd>
                </dl>
                <p className="mt-2 text-xs">
                  <Link prefetch={false} href={`/compare?a=${LANDING_EVENT_ID === event.id ? "2019-07-23" : LANDING_EVENT_ID}&b=${event.id}`} className="text-subtle underline underline-offset-2">
                    Compare
                  </Link>
                  {" · "}
                  <DownloadLinks eventId={event.id} />
                </p>
              </li>
            );
          })}
        </ol>
      </main>
    </>
  );
}
