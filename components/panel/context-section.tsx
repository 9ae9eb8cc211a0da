import type { PanelSections, SourceLink } from "@/lib/details/panel-sections";
import type { SectionWords } from "@/lib/details/section-words";
import { ContentNote } from "./english-content-note";
import { SourceLinks } from "./source-links";

/** The patrol's context: rendered from the panel-details file (components/panel/deferred-section.tsx). */
export function ContextList({ context: { items, headline }, sources, words }: { context: PanelSections["context"]; sources: readonly SourceLink[]; words: SectionWords }) {
  return (
    <>
      <ContentNote text={words.englishContent} />
      {headline && (
        <p className="mb-3 text-xs text-muted">
          {words.contextFrom}{" "}
          <a href={headline.url} target="_blank" rel="noopener noreferrer" className="underline underline-offset-2">
            {headline.publisher}, “{headline.title}”
          </a>{" "}
          ({headline.date}). {words.contextOurWords}
        </p>
      )}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className="text-sm text-body">
            <h3 className="font-medium text-ink" lang="en">
              {item.heading}
            </h3>
            <p className="mt-0.5" lang="en">
              {item.summary}
            </p>
            {item.quotes.map((quote) => (
              <blockquote key={quote.text} className="mt-1 border-l-2 border-line pl-2 text-subtle" lang="en">
                <span className="italic">“{quote.text}”</span> <span className="text-xs text-muted">— {quote.attribution}</span>
              </blockquote>
            ))}
            <SourceLinks ids={item.sources} sources={sources} />
          </li>
        ))}
      </ul>
    </>
  );
}
