import type { EventBundle } from "@/lib/data/event-bundle";
import type { ZoneFile } from "@/lib/data/schema";
import { formatClock, roundToFiveMinutes } from "@/lib/time/format-clock";
import type { EventZoneCrossing } from "@/lib/data/event-zone-crossings";
import { ConfidenceBadge } from "./confidence-badge";
import { EventTimeText } from "./event-time-text";
import { PanelSection } from "./panel-section";
import { SourceLinks } from "./source-links";
import { useTranslations } from "next-intl";
import type { TimeWords } from "@/lib/time/format-event-time";

/**
 * Each air defense identification zone with what officials reported beside what the drawn routes
 * give, so a reader sees where the reconstruction agrees with the record and where it does not.
 */
export function ZonesSection({ bundle, zones, crossings, words }: { bundle: EventBundle; zones: ZoneFile; crossings: EventZoneCrossing[]; words: TimeWords }) {
  const t = useTranslations("Panel");
  const { localTimeZone, moments, sources, formations } = bundle.event;
  const zoneLabel = localTimeZone.label.split(" ")[0] ?? "local";
  const formationName = new Map(formations.map((formation) => [formation.id, formation.name]));
  const relevant = zones.features.filter((zone) => crossings.some((crossing) => crossing.zone === zone.properties.id));
  if (relevant.length === 0) return null;
  return (
    <PanelSection id="zones" title={t("zones")}>
      <p className="mb-2 text-xs text-muted">
        {t("zonesIntro")}
      </p>
      <ul className="space-y-4">
        {relevant.map((zone) => {
          const reported = moments.filter((moment) => moment.zone === zone.properties.id);
          const computed = crossings.filter((crossing) => crossing.zone === zone.properties.id);
          return (
            <li key={zone.properties.id} className="text-sm" data-testid={`zone-${zone.properties.id}`}>
              <h3 className="font-medium text-ink">
                {t(`zoneNames.${zone.properties.id}`)} <ConfidenceBadge confidence={zone.properties.confidence} />
              </h3>
              {zone.properties.note && <p className="mt-0.5 text-xs text-muted" lang="en">{zone.properties.note}</p>}
              <SourceLinks ids={zone.properties.sources} sources={zones.sources} />
              <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
                <div>
                  <p className="text-xs font-semibold text-subtle">{t("reported")}</p>
                  {reported.length === 0 ? (
                    <p className="text-xs text-muted">{t("noCrossingReported")}</p>
                  ) : (
                    <ul className="space-y-1">
                      {reported.map((moment) => (
                        <li key={moment.id} className="text-xs">
                          <EventTimeText time={moment.time} offsetMinutes={localTimeZone.offsetMinutes} zoneLabel={zoneLabel} words={words} />{" "}
                          {moment.kind === "zone-entry" ? t("entry") : t("exit")}
                          <SourceLinks ids={moment.sources} sources={sources} />
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <div>
                  <p className="text-xs font-semibold text-subtle">{t("computed")}</p>
                  <ul className="space-y-0.5">
                    {computed.map((crossing) => (
                      <li key={`${crossing.formation}-${crossing.kind}-${crossing.time}`} className="text-xs tabular-nums">
                        <span className="italic text-notice">{words.estimated}</span> {formatClock(roundToFiveMinutes(crossing.time), localTimeZone.offsetMinutes)} {zoneLabel} ·{" "}
                        {crossing.kind === "entry" ? t("entry") : t("exit")} · {formationName.get(crossing.formation) ?? crossing.formation}
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
