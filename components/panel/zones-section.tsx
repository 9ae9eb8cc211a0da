import { formatClock, roundToFiveMinutes } from "@/lib/time/format-clock";
import type { SourceLink, ZoneEntry } from "@/lib/details/panel-sections";
import { sectionTimeWords, type SectionWords } from "@/lib/details/section-words";
import { ConfidenceBadge } from "./confidence-badge";
import { ContentNote } from "./english-content-note";
import { EventTimeText } from "./event-time-text";
import { SourceLinks } from "./source-links";

/**
 * Each air defense identification zone with what officials reported beside what the drawn routes
 * give, so a reader sees where the reconstruction agrees with the record and where it does not.
 * Rendered from the panel-details file (components/panel/deferred-section.tsx).
 */
export function ZoneList({ zones, sources, offsetMinutes, zoneLabel, words }: { zones: ZoneEntry[]; sources: readonly SourceLink[]; offsetMinutes: number; zoneLabel: string; words: SectionWords }) {
  const timeWords = sectionTimeWords(words);
  return (
    <>
      <p className="mb-2 text-xs text-muted">{words.zonesIntro}</p>
      {zones.some((zone) => zone.note) && <ContentNote text={words.englishContent} />}
      <ul className="space-y-4">
        {zones.map((zone) => (
          <li key={zone.id} className="text-sm" data-testid={`zone-${zone.id}`}>
            <h3 className="font-medium text-ink">
              {zone.name} <ConfidenceBadge confidence={zone.confidence} />
            </h3>
            {zone.note && (
              <p className="mt-0.5 text-xs text-muted" lang="en">
                {zone.note}
              </p>
            )}
            <SourceLinks ids={zone.sourceIds} sources={sources} />
            <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
              <div>
                <p className="text-xs font-semibold text-subtle">{words.reported}</p>
                {zone.reported.length === 0 ? (
                  <p className="text-xs text-muted">{words.noCrossingReported}</p>
                ) : (
                  <ul className="space-y-1">
                    {zone.reported.map((moment) => (
                      <li key={moment.id} className="text-xs">
                        <EventTimeText time={moment.time} offsetMinutes={offsetMinutes} zoneLabel={zoneLabel} words={timeWords} /> {moment.kind === "zone-entry" ? words.entry : words.exit}
                        <SourceLinks ids={moment.sourceIds} sources={sources} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <div>
                <p className="text-xs font-semibold text-subtle">{words.computed}</p>
                <ul className="space-y-0.5">
                  {zone.computed.map((crossing) => (
                    <li key={`${crossing.formation}-${crossing.kind}-${crossing.time}`} className="text-xs tabular-nums">
                      <span className="italic text-notice">{words.estimated}</span> {formatClock(roundToFiveMinutes(crossing.time), offsetMinutes)} {zoneLabel} ·{" "}
                      {crossing.kind === "entry" ? words.entry : words.exit} · <span lang="en">{crossing.formationName}</span>
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
