import { formatClock, roundToFiveMinutes } from "@/lib/time/format-clock";
import type { SourceLink, ZoneEntry } from "@/lib/details/panel-sections";
import { ConfidenceBadge } from "./confidence-badge";
import { EventTimeText } from "./event-time-text";
import { SourceLinks } from "./source-links";

/**
 * Each air defense identification zone with what officials reported beside what the drawn routes
 * give, so a reader sees where the reconstruction agrees with the record and where it does not.
 * Rendered from the panel-details file (components/panel/deferred-section.tsx).
 */
export function ZoneList({ zones, sources, offsetMinutes, zoneLabel }: { zones: ZoneEntry[]; sources: readonly SourceLink[]; offsetMinutes: number; zoneLabel: string }) {
  return (
    <>
      <p className="mb-2 text-xs text-muted">
        An ADIZ is not airspace: flying through one breaks no law, but the country expects to be told. Computed crossings
        come from our drawn routes and estimated times, so they are approximate.
      </p>
      <ul className="space-y-4">
        {zones.map((zone) => (
          <li key={zone.id} className="text-sm" data-testid={`zone-${zone.id}`}>
            <h3 className="font-medium text-ink">
              {zone.name} <ConfidenceBadge confidence={zone.confidence} />
            </h3>
            {zone.note && <p className="mt-0.5 text-xs text-muted">{zone.note}</p>}
            <SourceLinks ids={zone.sourceIds} sources={sources} />
            <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
              <div>
                <p className="text-xs font-semibold text-subtle">Reported</p>
                {zone.reported.length === 0 ? (
                  <p className="text-xs text-muted">No crossing of this zone reported.</p>
                ) : (
                  <ul className="space-y-1">
                    {zone.reported.map((moment) => (
                      <li key={moment.id} className="text-xs">
                        <EventTimeText time={moment.time} offsetMinutes={offsetMinutes} zoneLabel={zoneLabel} /> {moment.kind === "zone-entry" ? "entry" : "exit"}
                        <SourceLinks ids={moment.sourceIds} sources={sources} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <p className="text-xs font-semibold text-subtle">Computed from the drawn routes</p>
                <ul className="space-y-0.5">
                  {zone.computed.map((crossing) => (
                    <li key={`${crossing.formation}-${crossing.kind}-${crossing.time}`} className="text-xs tabular-nums">
                      <span className="italic text-notice">est.</span> {formatClock(roundToFiveMinutes(crossing.time), offsetMinutes)} {zoneLabel} ·{" "}
                      {crossing.kind} · {crossing.formationName}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
