import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RouteThumbnailSvg } from "@/components/events/route-thumbnail-svg";
import { SiteHeader } from "@/components/events/site-header";
import { EnglishContentNote } from "@/components/panel/english-content-note";
import { DownloadLinks } from "@/components/share/download-links";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { placeName } from "@/lib/i18n/place-names";
import { longDate } from "@/lib/i18n/time-words";

export async function eventsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Events" });
  return pageMetadata(locale, "/events", { title: t("title"), description: t("description") });
}

export async function EventsPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Events" });
  const events = loadAllEvents();
  return (
    <>
      <SiteHeader path="/events" />
      <main className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-sm text-subtle">
          {t("intro")}{" "}
          <Link prefetch={false} href={localePath(locale, "/statistics")} className="underline underline-offset-2">
            {t("statisticsLink")}
          </Link>{" "}
          {t("statisticsAfter")}
        </p>
        <EnglishContentNote />
        <ol className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {events.map((bundle) => {
            const { event } = bundle;
            const bombers = event.formations
              .flatMap((formation) => formation.aircraft)
              .filter((aircraft) => aircraft.role === "bomber")
              .map((aircraft) => `${aircraft.count ?? "?"} × ${aircraft.type}`)
              .join(" + ");
            const seas = bundle.places.features.filter((place) => place.properties.kind === "sea").map((place) => placeName(place.properties.name, locale));
            const href = localePath(locale, event.id === LANDING_EVENT_ID ? "/" : `/events/${event.id}`);
            return (
              <li key={event.id} className="rounded-lg border border-line-soft bg-surface p-3 shadow-sm">
                <Link prefetch={false} href={href} className="group block focus-visible:outline-2 focus-visible:outline-focus">
                  <RouteThumbnailSvg tracks={bundle.tracks.features} formations={event.formations} region={event.region} title={event.title} width={300} height={150} />
                  <h2 className="mt-2 font-semibold text-ink group-hover:underline" lang="en">{event.title}</h2>
                </Link>
                <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-x-2 text-sm">
                  <dt className="text-muted">{t("date")}</dt>
                  <dd>
                    <time dateTime={event.date}>{locale === "en" ? event.date : longDate(event.date, locale)}</time>
                  </dd>
                  <dt className="text-muted">{t("bombers")}</dt>
                  <dd>{bombers || t("notReported")}</dd>
                  <dt className="text-muted">{t("regions")}</dt>
                  <dd>{seas.join(t("listSeparator")) || "—"}</dd>
                  <dt className="text-muted">{t("documentation")}</dt>
                  <dd className={event.documentation === "weak" ? "font-medium text-notice-ink" : undefined}>{t(`quality.${event.documentation}`)}</dd>
                </dl>
                <p className="mt-2 text-xs">
                  <Link prefetch={false} href={localePath(locale, `/compare?a=${LANDING_EVENT_ID === event.id ? "2019-07-23" : LANDING_EVENT_ID}&b=${event.id}`)} className="text-subtle underline underline-offset-2">
                    {t("compare")}
                  </Link>
                  {" · "}
                  <DownloadLinks eventId={event.id} />
                </p>
              </li>
            );
          })}
        </ol>
      </main>
    </>
  );
}
