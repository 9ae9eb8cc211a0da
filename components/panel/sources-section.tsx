import type { EventBundle } from "@/lib/data/event-bundle";
import { sourceTitleLanguage } from "@/lib/data/source-title-language";
import { useTranslations } from "next-intl";
import { PanelSection } from "./panel-section";

export function SourcesSection({ bundle }: { bundle: EventBundle }) {
  const t = useTranslations("Panel");
  return (
    <PanelSection id="sources" title={t("sources")}>
      <ol className="list-decimal space-y-1.5 pl-5 text-sm text-body">
        {bundle.event.sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <a href={source.url} target="_blank" rel="noopener noreferrer" className="underline decoration-line-strong underline-offset-2 hover:text-ink">
              <span lang={sourceTitleLanguage(source)}>{source.title}</span>
            </a>
            {/* One string, our note first: each separate text part is a few more bytes in every event page's payload. */}
            <span className="text-xs text-muted">
              {`${source.note ? ` (${source.note})` : ""} — ${source.publisher}, ${source.published ?? t("noDateStated", { date: source.accessed ?? "?" })} · ${source.language.toUpperCase()} · ${t(`sourceKinds.${source.kind}`)}`}
            </span>
          </li>
        ))}
      </ol>
    </PanelSection>
  );
}
