import type { EventBundle } from "@/lib/data/event-bundle";
import { ConfidenceBadge } from "./confidence-badge";
import { EventTimeText } from "./event-time-text";
import { PanelSection } from "./panel-section";
import { ItemName } from "./item-name";
import { SelectableItem } from "./selectable-item";
import { SourceLinks } from "./source-links";
import { useTranslations } from "next-intl";
import type { TimeWords } from "@/lib/time/format-event-time";
import { EnglishContentNote } from "./english-content-note";

export function MomentsSection({ bundle, words }: { bundle: EventBundle; words: TimeWords }) {
  const t = useTranslations("Panel");
  const { moments, localTimeZone, sources } = bundle.event;
  const zoneLabel = localTimeZone.label.split(" ")[0] ?? "local";
  const ordered = [...moments].sort((a, b) => a.time.utc.localeCompare(b.time.utc));
  return (
    <PanelSection id="moments" title={t("moments")}>
      <p className="mb-2 text-xs text-muted">
        {t.rich("momentsIntro", { zone: localTimeZone.label, i: (chunks) => <i>{chunks}</i> })}
      </p>
      <EnglishContentNote />
      <ol className="space-y-1" lang="en">
        {ordered.map((moment) => (
          <li key={moment.id}>
            <SelectableItem id={moment.id}>
              <span className="grid grid-cols-[5.5rem_1fr] gap-2">
                <span className="text-sm">
                  <EventTimeText time={moment.time} offsetMinutes={localTimeZone.offsetMinutes} zoneLabel={zoneLabel} words={words} />
                </span>
                <span className="text-sm text-body">
                  <ItemName itemId={moment.id} action={t("showDetails")}>{moment.description}</ItemName> <ConfidenceBadge confidence={moment.confidence} />
                  {moment.position?.confidence === "inferred" && (
                    <span className="ml-1 whitespace-nowrap text-xs text-muted" lang={words.intlLocale}>· {t("positionApproximate")}</span>
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
