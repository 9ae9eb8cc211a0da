import type { EventBundle } from "@/lib/data/event-bundle";
import { useLocale, useTranslations } from "next-intl";
import { EnglishContentNote } from "./english-content-note";
import { StatementQuote } from "./statement-quote";
import { ConfidenceBadge } from "./confidence-badge";
import { PanelSection } from "./panel-section";
import { SourceLinks } from "./source-links";

export function StatementsSection({ bundle }: { bundle: EventBundle }) {
  const { statements, sources } = bundle.event;
  const t = useTranslations("Panel");
  const locale = useLocale();
  return (
    <PanelSection id="statements" title={t("statements")}>
      <EnglishContentNote />
      <ul className="space-y-3">
        {statements.map((statement) => (
          <li key={statement.id} className="text-sm text-body">
            <p className="font-medium text-ink">
              {t(`countries.${statement.government}`)} <span className="font-normal text-muted" lang="en">· {statement.speaker}</span>{" "}
              <ConfidenceBadge confidence={statement.confidence} />
            </p>
            <p className="mt-0.5" lang="en">{statement.summary}</p>
            <StatementQuote statement={statement} locale={locale} />
            <SourceLinks ids={statement.sources} sources={sources} />
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
