import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PatrolDashboard } from "@/components/dashboard/patrol-dashboard";
import { TimeStrip } from "@/components/dashboard/time-strip";
import { SiteHeader } from "@/components/events/site-header";
import { ClientMessages } from "@/components/i18n/client-messages";
import { loadDashboardData } from "@/lib/dashboard/dashboard-data";
import { filterOptions } from "@/lib/dashboard/filter-patrols";
import { timeStripLayout } from "@/lib/dashboard/time-strip-layout";
import { DASHBOARD_CLIENT_PARTS } from "@/lib/i18n/messages";
import { localiseDashboard } from "@/lib/i18n/localise-dashboard";
import { placeName } from "@/lib/i18n/place-names";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { loadStatistics } from "@/lib/statistics/load-statistics";

export async function eventsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Events" });
  return pageMetadata(locale, "/events", { title: t("title"), description: t("description") });
}

/** /events: every patrol on one map, with filters and the time strip (components/dashboard). */
export async function EventsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Events" });
  const data = loadDashboardData();
  const { gate } = data;
  const { patrols, options } = localiseDashboard(data.patrols, filterOptions(data.patrols), locale);
  const scrambles = loadStatistics().series["japan-scrambles-by-country"];
  const layout = timeStripLayout(patrols, scrambles, options.years.first, Math.max(options.years.last, new Date().getUTCFullYear()));
  return (
    // On wide screens the page is one screen tall: the map and the list fill what the header leaves.
    <div className="flex flex-col lg:h-dvh">
      <SiteHeader path="/events" />
      <main className="flex min-h-0 flex-1 flex-col">
        <div className="flex flex-wrap items-baseline gap-x-3 border-b border-line-soft bg-surface px-3 py-1.5">
          <h1 className="text-base font-semibold text-ink">{t("title")}</h1>
          <p className="hidden text-xs text-subtle sm:block">
            {t("intro")}{" "}
            <Link prefetch={false} href={localePath(locale, "/statistics")} className="underline underline-offset-2">
              {t("statisticsLink")}
            </Link>
          </p>
        </div>
        <ClientMessages parts={DASHBOARD_CLIENT_PARTS}>
          <PatrolDashboard
            patrols={patrols}
            options={options}
            framing={data.framing()}
            straitName={placeName(gate.properties.name, locale)}
            timeStrip={<TimeStrip layout={layout} />}
            titlesNote={locale === "en" ? null : t("titlesInEnglish")}
          />
        </ClientMessages>
      </main>
    </div>
  );
}
