import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { PatrolSummary } from "@/lib/dashboard/patrol-summary";
import { listOf, patrolDate } from "./locale-format";

/** The selected patrol's summary, with a link to its page. */
export function PatrolSummaryCard({ patrol, onClose }: { patrol: PatrolSummary; onClose: () => void }) {
  const t = useTranslations("Client.Dashboard");
  const locale = useLocale();
  return (
    <section aria-labelledby="selected-patrol" data-testid="patrol-summary" className="rounded-lg border border-info-line bg-info-surface p-3 text-sm">
      <div className="flex items-start justify-between gap-2">
        <h2 id="selected-patrol" className="font-semibold text-ink" lang="en">
          {patrol.title}
        </h2>
        <button type="button" onClick={onClose} className="rounded px-1.5 text-subtle hover:bg-surface-strong" aria-label={t("summary.close")}>
          ×
        </button>
      </div>
      {/* The labels' column fits the longest label (Russian's "Бомбардировщики"); the values wrap beside it. */}
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
        <dt className="text-muted">{t("summary.date")}</dt>
        <dd>
          <time dateTime={patrol.date}>{patrolDate(patrol.date, locale, "long")}</time>
        </dd>
        <dt className="text-muted">{t("summary.bombers")}</dt>
        <dd>{patrol.bombers || t("summary.notReported")}</dd>
        <dt className="text-muted">{t("summary.regions")}</dt>
        <dd>{listOf(patrol.regions.map((region) => region.name), locale) || "—"}</dd>
        <dt className="text-muted">{t("summary.documentation")}</dt>
        <dd>{t(`quality.${patrol.documentation}`)}</dd>
        <dt className="text-muted">{t("summary.responders")}</dt>
        <dd>{patrol.responders.length > 0 ? listOf(patrol.responders.map((country) => t(`countries.${country}`)), locale) : t("summary.noResponders")}</dd>
      </dl>
      <Link prefetch={false} href={patrol.href} className="mt-2 inline-block font-medium text-info underline underline-offset-2">
        {t("summary.open")}
      </Link>
    </section>
  );
}
