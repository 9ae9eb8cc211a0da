import { useTranslations } from "next-intl";
import { EnglishContentNote } from "./english-content-note";
import type { EventBundle } from "@/lib/data/event-bundle";
import { PanelSection } from "./panel-section";
import { SourceLinks } from "./source-links";
import { sourceDate } from "./sources-section";

export function ContextSection({ bundle }: { bundle: EventBundle }) {
  const t = useTranslations("Panel");
  const { context, sources, headlineSource } = bundle.event;
  const headline = sources.find((source) => source.id === headlineSource);
  return (
    <PanelSection id="context" title={t("context")}>
      <EnglishContentNote />
      {headline && (
        <p className="mb-3 text-xs text-muted">
          {t("contextFrom")}{" "}
          <a href={headline.url} target="_blank" rel="noopener noreferrer" className="underline underline-offset-2">
            {headline.publisher}, “{headline.title}”
          </a>{" "}
          ({sourceDate(headline, t("noDateStated", { date: headline.accessed ?? "?" }))}). {t("contextOurWords")}
        </p>
      )}
      <ul className="space-y-3" lang="en">
        {context.map((item) => (
          <li key={item.id} className="text-sm text-body">
            <h3 className="font-medium text-ink">{item.heading}</h3>
            <p className="mt-0.5">{item.summary}</p>
            {item.quotes.map((quote) => (
              <blockquote key={quote.text} className="mt-1 border-l-2 border-line pl-2 text-subtle">
                <span className="italic">“{quote.text}”</span> <span className="text-xs text-muted">— {quote.attribution}</span>
              </blockquote>
            ))}
            <SourceLinks ids={item.sources} sources={sources} />
          </li>
        ))}
      </ul>
    </PanelSection>
  );
}
