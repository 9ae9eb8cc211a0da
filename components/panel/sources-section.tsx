import type { EventBundle } from "@/lib/data/event-bundle";
import { sourceDate } from "@/lib/details/panel-sections";
import { PanelSection } from "./panel-section";

const KIND_LABELS = { official: "official", news: "news", mirror: "copy of original", reference: "reference" } as const;

export function SourcesSection({ bundle }: { bundle: EventBundle }) {
  return (
    <PanelSection id="sources" title="Sources">
      <ol className="list-decimal space-y-1.5 pl-5 text-sm text-body">
        {bundle.event.sources.map((source) => (
          <li key={source.id} id={`source-${source.id}`}>
            <a href={source.url} target="_blank" rel="noopener noreferrer" className="underline decoration-line-strong underline-offset-2 hover:text-ink">
              {source.title}
            </a>
            <span className="text-xs text-muted">
              {" "}
              — {source.publisher}, {sourceDate(source)} · {source.language.toUpperCase()} · {KIND_LABELS[source.kind]}
            </span>
          </li>
        ))}
      </ol>
    </PanelSection>
  );
}
