import { ThemeToggle } from "@/components/theme/theme-toggle";
import Link from "next/link";
import { DownloadLinks } from "@/components/share/download-links";
import { ShareControl } from "@/components/share/share-control";
import { ExportControl } from "@/components/share/export-control";
import type { LegendEntry } from "@/lib/map/style/legend-entries";
import type { EventBundle } from "@/lib/data/event-bundle";
import { lastRevisionDate } from "@/lib/export/data-revision";
import { useTranslations } from "next-intl";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { longDate } from "@/lib/i18n/time-words";
import { EnglishContentNote } from "./english-content-note";
import { panelDetailsPath } from "@/lib/details/panel-details";

/** `legend` and `reportedTimes` (the clock's sourced moments) go into an exported image. */
export function PanelHeader({ bundle, locale, path, legend, reportedTimes }: { bundle: EventBundle; locale: Locale; path: string; legend: LegendEntry[]; reportedTimes: number[] }) {
  const t = useTranslations("Panel");
  const { event } = bundle;
  const totals = new Map<string, number>();
  for (const formation of event.formations) {
    for (const aircraft of formation.aircraft) {
      if (aircraft.role === "bomber" && aircraft.count !== null) totals.set(aircraft.type, (totals.get(aircraft.type) ?? 0) + aircraft.count);
    }
  }
  const date = longDate(event.date, locale);
  return (
    // Relative: the Export and Share panels are placed against the header (components/share/*).
    <header className="relative px-4 pt-4 pb-3">
      <div className="flex items-center justify-between">
        <p className="text-xs font-semibold tracking-widest text-muted uppercase">Sortie</p>
        <div className="flex gap-2">
          <ThemeToggle />
          <ExportControl
            facts={{ eventId: event.id, date: event.date, dateText: date, title: event.title, offsetMinutes: event.localTimeZone.offsetMinutes, zoneLabel: event.localTimeZone.label.split(" ")[0] ?? "local", legend, reportedTimes }}
            detailsPath={panelDetailsPath(event.id, locale)}
          />
          <ShareControl title={event.title} citation={{ patrolDate: event.date, revisionDate: lastRevisionDate(event) }} />
        </div>
      </div>
      <h1 className="mt-1 text-xl leading-tight font-semibold text-ink" lang="en">{event.title}</h1>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={event.date}>{date}</time> ·{" "}
        {[...totals].map(([type, count]) => `${count} × ${type}`).join(" + ")}
      </p>
      <EnglishContentNote />
      <p className="mt-2 text-sm text-body" lang="en">{event.summary}</p>
      {event.documentation === "weak" && (
        <p className="mt-2 rounded-md border border-notice-line bg-notice-surface px-2 py-1 text-sm text-notice-ink-strong">
          {t("weak")}
        </p>
      )}
      <nav aria-label={t("more")} className="mt-2 flex flex-wrap gap-x-3 text-xs">
        <Link prefetch={false} href={localePath(locale, "/events")} className="text-subtle underline underline-offset-2">{t("allPatrols")}</Link>
        <Link prefetch={false} href={localePath(locale, "/methodology")} className="text-subtle underline underline-offset-2">{t("methodology")}</Link>
        <DownloadLinks eventId={event.id} />
      </nav>
      <div className="mt-2">
        <LanguageSwitcher locale={locale} path={path} />
      </div>
    </header>
  );
}
