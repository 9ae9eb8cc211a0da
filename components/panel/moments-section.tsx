import type { EventBundle } from "@/lib/data/event-bundle";
import { ConfidenceBadge } from "./confidence-badge";
import { EventTimeText } from "./event-time-text";
import { PanelSection } from "./panel-section";
import { ItemName } from "./item-name";
import { SelectableItem } from "./selectable-item";
import { SourceLinks } from "./source-links";

export function MomentsSection({ bundle }: { bundle: EventBundle }) {
  const { moments, localTimeZone, sources } = bundle.event;
  const zoneLabel = localTimeZone.label.split(" ")[0] ?? "local";
  const ordered = [...moments].sort((a, b) => a.time.utc.localeCompare(b.time.utc));
  return (
    <PanelSection id="moments" title="Reported moments">
      <p className="mb-2 text-xs text-muted">
        Times in {localTimeZone.label} with UTC below. “about” = the source’s own approximation; <i>est.</i> = no source
        gives the time, we estimated it.
      </p>
      <ol className="space-y-1">
        {ordered.map((moment) => (
          <li key={moment.id}>
            <SelectableItem id={moment.id}>
              <span className="grid grid-cols-[5.5rem_1fr] gap-2">
                <span className="text-sm">
                  <EventTimeText time={moment.time} offsetMinutes={localTimeZone.offsetMinutes} zoneLabel={zoneLabel} />
                </span>
                <span className="text-sm text-body">
                  <ItemName itemId={moment.id} action="show details">{moment.description}</ItemName> <ConfidenceBadge confidence={moment.confidence} />
                  {moment.position?.confidence === "inferred" && (
                    <span className="ml-1 whitespace-nowrap text-xs text-muted">· position approximate</span>
                  )}
                </span>
              </span>
            </SelectableItem>
            <div className="pl-[6.5rem]">
              <SourceLinks ids={moment.sources} sources={sources} />
            </div>
          </li>
        ))}
      </ol>
    </PanelSection>
  );
}
