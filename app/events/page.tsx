import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/events/site-header";
import { PatrolDashboard } from "@/components/dashboard/patrol-dashboard";
import { TimeStrip } from "@/components/dashboard/time-strip";
import { loadDashboardData } from "@/lib/dashboard/dashboard-data";
import { filterOptions } from "@/lib/dashboard/filter-patrols";
import { timeStripLayout } from "@/lib/dashboard/time-strip-layout";
import { boundsOf } from "@/lib/geo/bounds-of";
import { loadStatistics } from "@/lib/statistics/load-statistics";

export const metadata: Metadata = {
  title: "Every China–Russia joint air patrol since 2019",
  description: "All China–Russia joint strategic air patrols since July 2019 on one map, with filters, where the routes concentrate, and Japan's scrambles per year.",
};

export default function EventsPage() {
  const { patrols, gate, routes } = loadDashboardData();
  const options = filterOptions(patrols);
  const bounds = boundsOf(routes().features.flatMap((feature) => feature.geometry.coordinates)) ?? [120, 20, 150, 50];
  const scrambles = loadStatistics().series["japan-scrambles-by-country"];
  const layout = timeStripLayout(patrols, scrambles, options.years.first, Math.max(options.years.last, new Date().getUTCFullYear()));
  return (
    // On wide screens the page is one screen tall: the map and the list fill what the header leaves.
    <div className="flex flex-col lg:h-dvh">
      <SiteHeader />
      <main className="flex min-h-0 flex-1 flex-col">
        <div className="flex flex-wrap items-baseline gap-x-3 border-b border-line-soft bg-surface px-3 py-1.5">
          <h1 className="text-base font-semibold text-ink">Every China–Russia joint air patrol since 2019</h1>
          <p className="hidden text-xs text-subtle sm:block">
            From official releases and news reports, each with its sources; dashed lines are our reconstruction.{" "}
            <Link prefetch={false} href="/statistics" className="underline underline-offset-2">
              Scramble and air defence zone statistics
            </Link>
          </p>
        </div>
        <PatrolDashboard patrols={patrols} options={options} bounds={bounds} straitName={gate.properties.name} timeStrip={<TimeStrip layout={layout} />} />
      </main>
    </div>
  );
}
