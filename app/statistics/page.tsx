import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/events/site-header";
import { StatisticsFigure } from "@/components/statistics/statistics-figure";
import { StatisticsSources } from "@/components/statistics/statistics-sources";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { loadStatistics } from "@/lib/statistics/load-statistics";

export const metadata: Metadata = {
  title: "Scrambles and air defence zone entries, 2004–2025",
  description: "Japan's fighter scrambles against Chinese and Russian aircraft by fiscal year and air defence force, South Korea's counts of KADIZ entries, and the joint China–Russia patrols on the same time axis, every figure with its sources.",
};

const FORCES = [
  { key: "northern", label: "Northern Air Defense Force" },
  { key: "central", label: "Central Air Defense Force" },
  { key: "western", label: "Western Air Defense Force" },
  { key: "southwestern", label: "Southwestern Air Defense Force" },
];

export default function StatisticsPage() {
  const { series, sources } = loadStatistics();
  const patrols = loadAllEvents().map(({ event }) => ({ id: event.id, date: event.date, title: event.title }));
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="text-2xl font-semibold text-ink">Scrambles and air defence zone entries, 2004–2025</h1>
        <p className="mt-2 max-w-3xl text-sm text-subtle">
          The numbers news reports quote around the joint patrols, each with its sources. The Joint Staff Office’s own PDFs could not be reached, so
          every Japanese figure comes through a page that reproduces or quotes its release. Where sources disagree, the official figure is drawn and
          the other is given in a note. Values the research derived by arithmetic on printed numbers are <strong>shown, marked as derived</strong>{" "}
          (dotted), never passed off as printed. Each joint patrol is marked on the time axis and links to its page; the list is{" "}
          <a href="#patrols" className="underline underline-offset-2">below</a>.
        </p>
        <StatisticsFigure
          series={series["japan-scrambles-by-country"]}
          heading="Japan: scrambles by fiscal year and target country"
          sources={sources}
          patrols={patrols}
          panels={[{ id: "japan-by-country", label: "By country", keys: ["china", "russia", "other"], totalKey: "total" }]}
        />
        <StatisticsFigure
          series={series["japan-scrambles-by-air-defence-force"]}
          heading="Japan: scrambles by air defence force"
          sources={sources}
          panels={FORCES.map((force) => ({ id: `force-${force.key}`, label: force.label, keys: [force.key] }))}
        />
        <StatisticsFigure
          series={series["korea-kadiz-entries"]}
          heading="South Korea: Chinese and Russian military aircraft entering the KADIZ"
          sources={sources}
          patrols={patrols}
          panels={[
            { id: "kadiz-china", label: "Chinese military aircraft", keys: ["china"] },
            { id: "kadiz-russia", label: "Russian military aircraft", keys: ["russia"] },
          ]}
        />
        <section aria-labelledby="patrols" className="mt-8">
          <h2 id="patrols" className="text-lg font-semibold text-ink">
            The joint patrols on these axes
          </h2>
          <p className="mt-1 text-sm text-subtle">Each is counted inside Japan’s China and Russia totals, not as a line of its own.</p>
          <ol className="mt-2 list-disc pl-5 text-sm">
            {patrols.map((patrol) => (
              <li key={patrol.id}>
                <Link prefetch={false} href={`/events/${patrol.id}`} className="text-body underline underline-offset-2">
                  <time dateTime={patrol.date}>{patrol.date}</time>: {patrol.title}
                </Link>
              </li>
            ))}
          </ol>
        </section>
        <StatisticsSources sources={sources} />
      </main>
    </>
  );
}
