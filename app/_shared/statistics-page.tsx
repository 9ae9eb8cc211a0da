import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import Link from "next/link";
import { SiteHeader } from "@/components/events/site-header";
import { StatisticsFigure } from "@/components/statistics/statistics-figure";
import { StatisticsSources } from "@/components/statistics/statistics-sources";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { loadStatistics } from "@/lib/statistics/load-statistics";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { DataFontStylesheet } from "@/components/fonts/data-font-stylesheet";

export async function statisticsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Statistics" });
  return pageMetadata(locale, "/statistics", { title: t("title"), description: t("description") });
}

const FORCES = ["northern", "central", "western", "southwestern"] as const;

export async function StatisticsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Statistics" });
  const loaded = loadStatistics();
  const { sources } = loaded;
  // Category names in the reader's language (legend, table); the rest of each series is data, in English.
  const series = Object.fromEntries(
    Object.entries(loaded.series).map(([id, entry]) => [id, { ...entry, categories: entry.categories.map((category) => ({ ...category, label: t(`categories.${category.key}`) })) }]),
  ) as typeof loaded.series;
  const patrols = loadAllEvents().map(({ event }) => ({ id: event.id, date: event.date, title: event.title }));
  return (
    <>
      {/* Japanese and Korean publishers and titles in the sources. */}
      <DataFontStylesheet />
      <SiteHeader path="/statistics" />
      <main className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-sm text-subtle">
          {t.rich("intro", { strong: (chunks) => <strong>{chunks}</strong>, below: (chunks) => <a href="#patrols" className="underline underline-offset-2">{chunks}</a> })}
        </p>
        <StatisticsFigure
          series={series["japan-scrambles-by-country"]}
          heading={t("byCountry")}
          sources={sources}
          patrols={patrols}
          panels={[{ id: "japan-by-country", label: t("byCountryPanel"), keys: ["china", "russia", "other"], totalKey: "total" }]}
        />
        <StatisticsFigure
          series={series["japan-scrambles-by-air-defence-force"]}
          heading={t("byForce")}
          sources={sources}
          panels={FORCES.map((force) => ({ id: `force-${force}`, label: t(`forces.${force}`), keys: [force] }))}
        />
        <StatisticsFigure
          series={series["korea-kadiz-entries"]}
          heading={t("kadiz")}
          sources={sources}
          patrols={patrols}
          panels={[
            { id: "kadiz-china", label: t("kadizChina"), keys: ["china"] },
            { id: "kadiz-russia", label: t("kadizRussia"), keys: ["russia"] },
          ]}
        />
        <section aria-labelledby="patrols" className="mt-8">
          <h2 id="patrols" className="text-lg font-semibold text-ink">
            {t("patrolsHeading")}
          </h2>
          <p className="mt-1 text-sm text-subtle">{t("patrolsNote")}</p>
          <ol className="mt-2 list-disc pl-5 text-sm">
            {patrols.map((patrol) => (
              <li key={patrol.id}>
                <Link prefetch={false} href={localePath(locale, `/events/${patrol.id}`)} className="text-body underline underline-offset-2">
                  <time dateTime={patrol.date}>{patrol.date}</time>: <span lang="en">{patrol.title}</span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
        <StatisticsSources sources={sources} />
      </main>
    </>
  );
}
