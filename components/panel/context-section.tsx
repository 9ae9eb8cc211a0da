import type { PanelSections, SourceLink } from "@/lib/details/panel-sections";
import { SourceLinks } from "./source-links";

/** The patrol's context: rendered from the panel-details file (components/panel/deferred-section.tsx). */
export function ContextList({ context: { items, headline }, sources }: { context: PanelSections["context"]; sources: readonly SourceLink[] }) {
  return (
    <>
      {headline && (
        <p className="mb-3 text-xs text-muted">
          From the report that covered the patrol:{" "}
          <a href={headline.url} target="_blank" rel="noopener noreferrer" className="underline underline-offset-2">
            {headline.publisher}, “{headline.title}”
          </a>{" "}
          ({headline.date}). Summarised in our words.
        </p>
      )}
      <ul className="space-y-3">
        {items.map((item) => (
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
    </>
  );
}
