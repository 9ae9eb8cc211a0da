import type { Metadata } from "next";
import { SiteHeader } from "@/components/events/site-header";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { DATA_LICENCE } from "@/lib/data/event-download";
import { ESTIMATE_CRUISE_SPEED_KILOMETRES_PER_HOUR } from "@/lib/data/playback-model";

export const metadata: Metadata = { title: "Methodology", description: "How Sortie reconstructs routes, what its confidence levels mean, how times are estimated and how disputed places are named." };

export default function MethodologyPage() {
  const events = loadAllEvents();
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-3xl px-4 py-6 text-body [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-ink [&_p]:mt-2 [&_li]:mt-1">
        <h1 className="text-2xl font-semibold text-ink">Methodology</h1>
        <h2>Where the facts come from</h2>
        <p>
          Official releases (Japan’s Joint Staff Office, South Korea’s Joint Chiefs of Staff, Russia’s and China’s defense
          ministries, NORAD) as quoted by news reports, and the reports themselves. Every route, point, time and statement
          carries the ids of its sources, kept in one registry; each source has its URL, publisher and language, and the
          date it states (or, for a reference page that states none, the date we read it). A moment’s place has its own
          confidence: where no source reported the place, the map draws a hollow ring and the panel says “position
          approximate”, and the position is kept to 0.01°.
        </p>
        <h2>What each confidence level means</h2>
        <ul className="list-disc pl-5">
          <li><strong>confirmed</strong>: stated by an official source, as quoted by the cited report.</li>
          <li><strong>reported</strong>: reported by the media; no official text found. On the map a reported leg follows a sequence of places a source gives, but its exact positions between them are ours.</li>
          <li><strong>inferred</strong>: our reconstruction from several sources. Drawn dashed, marked “inferred” in the panel, always with a note saying how it was made.</li>
        </ul>
        <h2>How routes are reconstructed</h2>
        <p>
          We place a few waypoints at the places the sources name (a strait, an island, a zone boundary), check that they
          lie over the sea, and join them with great circles, the path an aircraft flies. A formation is split into legs
          wherever the confidence changes. What no source documents (where a pair went after leaving the formation, say) is
          not drawn.
        </p>
        <h2>How times are estimated</h2>
        <p>
          Times the sources give are kept in their words (“a little after 08:00 KST”) and plotted at the stated minute,
          marked “about” where the source approximates. Every other time is estimated: spread along the drawn route in
          proportion to distance between two sourced times, or, outside them, at a cruise speed of{" "}
          {ESTIMATE_CRUISE_SPEED_KILOMETRES_PER_HOUR} km/h. Estimates are stored to the second and only the display
          rounds them (down to the minute, which keeps their order); the build fails if an estimate would need an
          aircraft to fly faster than its type can (about 1,000 km/h for bombers and AEW&amp;C) or if time runs
          backwards along a route. Estimated times are marked <i>est.</i>; positions between them are marked as estimated on the map (a soft halo around the aircraft).
          Zone entries and exits computed from these routes are shown beside the reported ones, never in their place.
        </p>
        <h2>Names of disputed places and seas</h2>
        <p>
          Where countries name a place differently, Sortie uses both names joined by a slash, with no side’s name implied as
          correct: Dokdo / Takeshima, Sea of Japan / East Sea, Senkaku / Diaoyu Islands, Ieodo / Socotra Rock. An air
          defense identification zone is not airspace; entering one breaks no law, and we never call it a violation.
        </p>
        <h2>Air defense identification zones</h2>
        <p>
          China’s East China Sea ADIZ uses the six points China published; its coastal side is approximate. The KADIZ
          uses the points published for the 2013 revision, with one printed longitude corrected. Only 7 of the 30 points of
          Japan’s ADIZ could be read from the directive; the rest are approximations from secondary descriptions, so the
          JADIZ is marked inferred and its approximate edges are dashed.
        </p>
        <h2>Known gaps, event by event</h2>
        {events.map(({ event }) => (
          <section key={event.id} aria-labelledby={`gaps-${event.id}`}>
            <h3 id={`gaps-${event.id}`} className="mt-4 font-semibold text-ink">
              {event.title} <span className="text-sm font-normal text-muted">(documentation: {event.documentation})</span>
            </h3>
            <ul className="list-disc pl-5 text-sm">
              {event.caveats.map((caveat) => (
                <li key={caveat}>{caveat}</li>
              ))}
            </ul>
          </section>
        ))}
        <h2>Revisions</h2>
        <p>
          What changed in each event’s data, when and why, oldest first, so a reader who cited an earlier version can see
          what moved. Each event’s GeoJSON download carries the same list.
        </p>
        {events.map(({ event }) => (
          <section key={event.id} aria-labelledby={`revisions-${event.id}`}>
            <h3 id={`revisions-${event.id}`} className="mt-4 font-semibold text-ink">{event.title}</h3>
            {event.revisions.length === 0 ? (
              <p className="text-sm">No revisions since it was first published.</p>
            ) : (
              <ul className="list-disc pl-5 text-sm">
                {event.revisions.map((revision) => (
                  <li key={`${revision.date} ${revision.change}`} className="break-words">
                    <time dateTime={revision.date} className="font-medium">{revision.date}</time>: {revision.change}{" "}
                    <span className="text-muted">Why: {revision.reason}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <h2>Licence and attribution</h2>
        <p>Sortie’s data: {DATA_LICENCE} Each event’s data can be downloaded as GeoJSON from its page, with its sources.</p>
      </main>
    </>
  );
}
