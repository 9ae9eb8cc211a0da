import { COUNTRY_NAMES } from "@/lib/map/palette";
import type { Statement } from "@/lib/data/schema";
import type { SourceLink } from "@/lib/details/panel-sections";
import { ConfidenceBadge } from "./confidence-badge";
import { SourceLinks } from "./source-links";
import { StatementQuote } from "./statement-quote";

/** What each government said: rendered from the panel-details file (components/panel/deferred-section.tsx). */
export function StatementList({ statements, sources }: { statements: Statement[]; sources: readonly SourceLink[] }) {
  return (
    <ul className="space-y-3">
      {statements.map((statement) => (
        <li key={statement.id} className="text-sm text-body">
          <p className="font-medium text-ink">
            {COUNTRY_NAMES[statement.government]} <span className="font-normal text-muted">· {statement.speaker}</span>{" "}
            <ConfidenceBadge confidence={statement.confidence} />
          </p>
          <p className="mt-0.5" lang="en">{statement.summary}</p>
          <StatementQuote statement={statement} />
          <SourceLinks ids={statement.sources} sources={sources} />
        </li>
      ))}
    </ul>
  );
}
