import { useTranslations } from "next-intl";
import type { Source } from "@/lib/data/schema";
import { sourceTitleLanguage } from "@/lib/data/source-title-language";

/** Every source the statistics cite, by the research notes' ids; tables and tooltips point here. */
export function StatisticsSources({ sources }: { sources: ReadonlyMap<string, Source> }) {
  const t = useTranslations("StatisticsChart");
  const panel = useTranslations("Panel");
  return (
    <section aria-labelledby="statistics-sources" className="mt-8">
      <h2 id="statistics-sources" className="text-lg font-semibold text-ink">
        {t("sources")}
      </h2>
      <p className="mt-1 text-sm text-subtle">
        {t("sourcesIntro")}
      </p>
      <ol className="mt-2 space-y-1 text-xs text-subtle">
        {[...sources.values()].map((source) => (
          <li key={source.id} id={`statistics-source-${source.id}`} className="target:bg-notice-surface">
            <span className="font-semibold text-ink">{source.id.toUpperCase()}</span> {source.publisher}, “<span lang={sourceTitleLanguage(source)}>{source.title}</span>”
            {source.note ? ` (${source.note})` : ""}
            {source.published ? `, ${source.published}` : ""} ({panel(`sourceKinds.${source.kind}`)}, {source.language.toUpperCase()}).{" "}
            <a href={source.url} className="break-all underline underline-offset-2" rel="noreferrer">
              {source.url}
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
