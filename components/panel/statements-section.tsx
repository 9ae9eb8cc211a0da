import type { EventBundle } from "@/lib/data/event-bundle";
import { COUNTRY_NAMES } from "@/lib/map/palette";
import { ConfidenceBadge } from "./confidence-badge";
import { PanelSection } from "./panel-section";
import { SourceLinks } from "./source-links";

export function StatementsSection({ bundle }: { bundle: EventBundle }) {
  const { statements, sources } = bundle.event;
  return (
    <PanelSection id="statements" title="What each government said">
      <ul className="space-y-3">
        {statements.map((statement) => (
          <li key={statement.id} className="text-sm text-body">
            <p className="font-medium text-ink">
              {COUNTRY_NAMES[statement.government]} <span className="font-normal text-muted">· {statement.speaker}</span>{" "}
              <ConfidenceBadge confidence={statement.confidence} />
            </p>
            <p className="mt-0.5">{statement.summary}</p>
            {statement.quote && <blockquote className="mt-1 border-l-2 border-line pl-2 text-subtle italic">“{statement.quote}”</blockquote>}
            <SourceLinks ids={statement.sources} sources={sources} />
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
