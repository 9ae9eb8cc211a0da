import { ShareControl } from "@/components/share/share-control";
import type { EventBundle } from "@/lib/data/event-bundle";

export function PanelHeader({ bundle }: { bundle: EventBundle }) {
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
        <p className="text-xs font-semibold tracking-widest text-slate-600 uppercase">Sortie</p>
        <ShareControl title={event.title} />
      </div>
      <h1 className="mt-1 text-xl leading-tight font-semibold text-slate-900">{event.title}</h1>
      <p className="mt-1 text-sm text-slate-600">
        <time dateTime={event.date}>{date}</time> ·{" "}
        {[...totals].map(([type, count]) => `${count} × ${type}`).join(" + ")}
      </p>
      <p className="mt-2 text-sm text-slate-800">{event.summary}</p>
    </header>
  );
}
