import { useTranslations } from "next-intl";
import type { SourceLink } from "@/lib/details/panel-details";

/** Inline list of the sources behind one item, each a link that opens the original. */
export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: readonly SourceLink[] }) {
  const t = useTranslations("Client.Selection");
  const cited = ids.map((id) => sources.find((source) => source.id === id)).filter((source): source is SourceLink => source !== undefined);
  if (cited.length === 0) return null;
  return (
    <p className="mt-1 text-xs text-muted">
      <span className="sr-only">{t("sources")} </span>
      {cited.map((source, index) => (
        <span key={source.id}>
          {index > 0 && " · "}
          <a href={source.url} target="_blank" rel="noopener noreferrer" className="underline decoration-line-strong underline-offset-2 hover:text-ink">
            {source.publisher}
          </a>
        </span>
      ))}
    </p>
  );
}
