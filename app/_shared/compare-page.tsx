import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { CompareView } from "@/components/compare/compare-view";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SiteHeader } from "@/components/events/site-header";
import { DEFAULT_COMPARE_PAIR } from "@/lib/compare/default-pair";
import { loadAllEvents } from "@/lib/data/load-all-events";
import type { Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { DataFontStylesheet } from "@/components/fonts/data-font-stylesheet";

export async function compareMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Compare" });
  return pageMetadata(locale, "/compare", { title: t("metaTitle"), description: t("description") });
}

export async function ComparePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Compare" });
  const events = loadAllEvents().map(({ event }) => ({ id: event.id, title: event.title }));
  return (
    <>
      {/* Either of the two events compared may show CJK words from its data (chosen in the browser). */}
      <DataFontStylesheet />
      <SiteHeader path="/compare" />
      <main className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="text-2xl font-semibold text-ink">{t("title")}</h1>
        <p className="mt-2 text-sm text-subtle">{t("intro")}</p>
        <div className="mt-4">
          <Suspense fallback={<p className="text-sm text-muted">{t("loading")}</p>}>
            <ClientMessages parts={["Compare"]}>
              <CompareView events={events} defaults={DEFAULT_COMPARE_PAIR} />
            </ClientMessages>
          </Suspense>
        </div>
      </main>
    </>
  );
}
