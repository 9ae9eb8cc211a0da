import type { Metadata } from "next";
import { Suspense } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { SiteHeader } from "@/components/events/site-header";
import { DEFAULT_COMPARE_PAIR } from "@/lib/compare/default-pair";
import { listEventIds, loadEvent } from "@/lib/data/load-event";

export const metadata: Metadata = { title: "Compare patrols", description: "Two China–Russia joint air patrols side by side, on a clock that starts at each one's first zone entry." };

export default function ComparePage() {
  const events = listEventIds().map((id) => ({ id, title: loadEvent(id).event.title }));
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="text-2xl font-semibold text-ink">Compare two patrols</h1>
        <p className="mt-2 text-sm text-subtle">Pick two patrols: their routes side by side, and their reported moments on one clock. The link keeps your choice.</p>
        <div className="mt-4">
          <Suspense fallback={<p className="text-sm text-muted">Loading the comparison…</p>}>
            <CompareView events={events} defaults={DEFAULT_COMPARE_PAIR} />
          </Suspense>
        </div>
      </main>
    </>
  );
}
