import type { EventBundle } from "@/lib/data/event-bundle";
import type { ZoneFile } from "@/lib/data/schema";
import { formatClock, roundToFiveMinutes } from "@/lib/time/format-clock";
import type { EventZoneCrossing } from "@/lib/data/event-zone-crossings";
import { ConfidenceBadge } from "./confidence-badge";
import { EventTimeText } from "./event-time-text";
import { PanelSection } from "./panel-section";
import { SourceLinks } from "./source-links";

/**
 * Each air defense identification zone with what officials reported beside what the drawn routes
 * give, so a reader sees where the reconstruction agrees with the record and where it does not.
 */
export function ZonesSection({ bundle, zones, crossings }: { bundle: EventBundle; zones: ZoneFile; crossings: EventZoneCrossing[] }) {
  const { localTimeZone, moments, sources, formations } = bundle.event;
  const zoneLabel = localTimeZone.label.split(" ")[0] ?? "local";
  const formationName = new Map(formations.map((formation) => [formation.id, formation.name]));
  const relevant = zones.features.filter((zone) => crossings.some((crossing) => crossing.zone === zone.properties.id));
  if (relevant.length === 0) return null;
  return (
    <PanelSection id="zones" title="Air defense identification zones">
      <p className="mb-2 text-xs text-muted">
        An ADIZ is not airspace: flying through one breaks no law, but the country expects to be told. Computed crossings
        come from our drawn routes and estimated times, so they are approximate.
      </p>
      <ul className="space-y-4">
        {relevant.map((zone) => {
          const reported = moments.filter((moment) => moment.zone === zone.properties.id);
          const computed = crossings.filter((crossing) => crossing.zone === zone.properties.id);
          return (
            <li key={zone.properties.id} className="text-sm" data-testid={`zone-${zone.properties.id}`}>
              <h3 className="font-medium text-ink">
                {zone.properties.name} <ConfidenceBadge confidence={zone.properties.confidence} />
              </h3>
              {zone.properties.note && <p className="mt-0.5 text-xs text-muted">{zone.properties.note}</p>}
              <SourceLinks ids={zone.properties.sources} sources={zones.sources} />
              <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
                <div>
                  <p className="text-xs font-semibold text-subtle">Reported</p>
                  {reported.length === 0 ? (
                    <p className="text-xs text-muted">No crossing of this zone reported.</p>
                  ) : (
                    <ul className="space-y-1">
                      {reported.map((moment) => (
                        <li key={moment.id} className="text-xs">
                          <EventTimeText time={moment.time} offsetMinutes={localTimeZone.offsetMinutes} zoneLabel={zoneLabel} />{" "}
                          {moment.kind === "zone-entry" ? "entry" : "exit"}
                          <SourceLinks ids={moment.sources} sources={sources} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <div>
                  <p className="text-xs font-semibold text-subtle">Computed from the drawn routes</p>
                  <ul className="space-y-0.5">
                    {computed.map((crossing) => (
                      <li key={`${crossing.formation}-${crossing.kind}-${crossing.time}`} className="text-xs tabular-nums">
                        <span className="italic text-notice">est.</span> {formatClock(roundToFiveMinutes(crossing.time), localTimeZone.offsetMinutes)} {zoneLabel} ·{" "}
                        {crossing.kind} · {formationName.get(crossing.formation) ?? crossing.formation}
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </PanelSection>
  );
}
