import { ThemeToggle } from "@/components/theme/theme-toggle";
import Link from "next/link";
import { DownloadLinks } from "@/components/share/download-links";
import { ShareControl } from "@/components/share/share-control";
import { ExportControl } from "@/components/share/export-control";
import type { LegendEntry } from "@/lib/map/style/legend-entries";
import type { EventBundle } from "@/lib/data/event-bundle";
import { lastRevisionDate } from "@/lib/export/data-revision";

/** `legend` and `reportedTimes` (the clock's sourced moments) go into an exported image. */
export function PanelHeader({ bundle, legend, reportedTimes }: { bundle: EventBundle; legend: LegendEntry[]; reportedTimes: number[] }) {
  const { event } = bundle;
  const totals = new Map<string, number>();
  for (const formation of event.formations) {
    for (const aircraft of formation.aircraft) {
      if (aircraft.role === "bomber" && aircraft.count !== null) totals.set(aircraft.type, (totals.get(aircraft.type) ?? 0) + aircraft.count);
    }
  }
  const date = new Date(`${event.date}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <header className="px-4 pt-4 pb-3">
      <div className="flex items-center justify-between">
        <p className="text-xs font-semibold tracking-widest text-muted uppercase">Sortie</p>
        <div className="flex gap-2">
          <ThemeToggle />
          <ExportControl
            facts={{ eventId: event.id, date: event.date, dateText: date, title: event.title, offsetMinutes: event.localTimeZone.offsetMinutes, zoneLabel: event.localTimeZone.label.split(" ")[0] ?? "local", legend, reportedTimes, publishers: event.sources.map((source) => source.publisher) }}
          />
          <ShareControl title={event.title} citation={{ patrolDate: event.date, revisionDate: lastRevisionDate(event) }} />
        </div>
      </div>
      <h1 className="mt-1 text-xl leading-tight font-semibold text-ink">{event.title}</h1>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={event.date}>{date}</time> ·{" "}
        {[...totals].map(([type, count]) => `${count} × ${type}`).join(" + ")}
      </p>
      <p className="mt-2 text-sm text-body">{event.summary}</p>
      {event.documentation === "weak" && (
        <p className="mt-2 rounded-md border border-notice-line bg-notice-surface px-2 py-1 text-sm text-notice-ink-strong">
          Weakly documented: most of this map is our inference. Read “What is not known” below.
        </p>
      )}
      <nav aria-label="More" className="mt-2 flex flex-wrap gap-x-3 text-xs">
        <Link prefetch={false} href="/events" className="text-subtle underline underline-offset-2">All patrols</Link>
        <Link prefetch={false} href="/methodology" className="text-subtle underline underline-offset-2">Methodology</Link>
        <DownloadLinks eventId={event.id} />
      </nav>
    </header>
  );
}
