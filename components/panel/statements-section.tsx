import type { Statement } from "@/lib/data/schema";
import type { SourceLink } from "@/lib/details/panel-sections";
import type { SectionWords } from "@/lib/details/section-words";
import { ConfidenceBadge } from "./confidence-badge";
import { ContentNote } from "./english-content-note";
import { SourceLinks } from "./source-links";
import { StatementQuote } from "./statement-quote";

/** What each government said: rendered from the panel-details file (components/panel/deferred-section.tsx). */
export function StatementList({ statements, sources, words }: { statements: Statement[]; sources: readonly SourceLink[]; words: SectionWords }) {
  return (
    <>
      <ContentNote text={words.englishContent} />
      <ul className="space-y-3">
        {statements.map((statement) => (
          <li key={statement.id} className="text-sm text-body">
            <p className="font-medium text-ink">
              {words.countries[statement.government]}{" "}
              <span className="font-normal text-muted">
                · <span lang="en">{statement.speaker}</span>
              </span>{" "}
              <ConfidenceBadge confidence={statement.confidence} />
            </p>
            <p className="mt-0.5" lang="en">{statement.summary}</p>
            <StatementQuote statement={statement} />
            <SourceLinks ids={statement.sources} sources={sources} />
          </li>
        ))}
      </ul>
    </>
  );
}
