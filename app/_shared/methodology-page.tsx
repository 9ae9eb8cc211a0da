import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/events/site-header";
import { EnglishContentNote } from "@/components/panel/english-content-note";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { DATA_LICENCE } from "@/lib/data/event-download";
import { ESTIMATE_CRUISE_SPEED_KILOMETRES_PER_HOUR } from "@/lib/data/playback-model";
import { INTL_LOCALES, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { DISPUTED_NAMES, placeName } from "@/lib/i18n/place-names";
import { DataFontStylesheet } from "@/components/fonts/data-font-stylesheet";

export async function methodologyMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Methodology" });
  return pageMetadata(locale, "/methodology", { title: t("title"), description: t("description") });
}

export async function MethodologyPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Methodology" });
  const events = loadAllEvents();
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  const italic = (chunks: React.ReactNode) => <i>{chunks}</i>;
  const pairs = Object.keys(DISPUTED_NAMES).map((name) => placeName(name, locale));
  return (
    <>
      {/* The corrections quote Japanese and Korean words from their sources. */}
      <DataFontStylesheet />
      <SiteHeader path="/methodology" />
      <main className="mx-auto max-w-3xl px-4 py-6 text-body [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-ink [&_p]:mt-2 [&_li]:mt-1">
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <h2>{t("factsHeading")}</h2>
        <p>{t("facts")}</p>
        <h2>{t("confidenceHeading")}</h2>
        <ul className="list-disc pl-5">
          <li>{t.rich("confirmed", { strong })}</li>
          <li>{t.rich("reported", { strong })}</li>
          <li>{t.rich("inferred", { strong })}</li>
        </ul>
        <h2>{t("routesHeading")}</h2>
        <p>{t("routes")}</p>
        <h2>{t("timesHeading")}</h2>
        <p>{t.rich("times", { speed: new Intl.NumberFormat(INTL_LOCALES[locale]).format(ESTIMATE_CRUISE_SPEED_KILOMETRES_PER_HOUR), i: italic })}</p>
        <h2 id="naming">{t("namingHeading")}</h2>
        <p>
          {t("naming")} <span data-testid="disputed-names">{new Intl.ListFormat(INTL_LOCALES[locale], { type: "conjunction" }).format(pairs)}</span>
          {t("namingEnd")}
        </p>
        <p>{t("namingRule")}</p>
        <p>{t("adizNotAirspace")}</p>
        <h2>{t("zonesHeading")}</h2>
        <p>{t("zones")}</p>
        <h2>{t("languagesHeading")}</h2>
        <p>{t("languages")}</p>
        <h2>{t("gapsHeading")}</h2>
        <EnglishContentNote />
        {events.map(({ event }) => (
          <section key={event.id} aria-labelledby={`gaps-${event.id}`}>
            <h3 id={`gaps-${event.id}`} className="mt-4 font-semibold text-ink">
              <span lang="en">{event.title}</span> <span className="text-sm font-normal text-muted">({t("documentation", { quality: t(`quality.${event.documentation}`) })})</span>
            </h3>
            <ul className="list-disc pl-5 text-sm" lang="en">
              {event.caveats.map((caveat) => (
                <li key={caveat}>{caveat}</li>
              ))}
            </ul>
          </section>
        ))}
        <h2>{t("revisionsHeading")}</h2>
        <p>{t("revisions")}</p>
        {events.map(({ event }) => (
          <section key={event.id} aria-labelledby={`revisions-${event.id}`}>
            <h3 id={`revisions-${event.id}`} className="mt-4 font-semibold text-ink" lang="en">{event.title}</h3>
            {event.revisions.length === 0 ? (
              <p className="text-sm">{t("noRevisions")}</p>
            ) : (
              <ul className="list-disc pl-5 text-sm" lang="en">
                {event.revisions.map((revision) => (
                  <li key={`${revision.date} ${revision.change}`} className="break-words">
                    <time dateTime={revision.date} className="font-medium">{revision.date}</time>: {revision.change}{" "}
                    <span className="text-muted">Why: {revision.reason}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <h2>{t("licenceHeading")}</h2>
        <p>
          {t("licence")} <span lang="en">{DATA_LICENCE}</span> {t("licenceDownload")}
        </p>
      </main>
    </>
  );
}
