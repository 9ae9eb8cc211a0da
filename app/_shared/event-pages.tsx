import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventView } from "@/components/event/event-view";
import { eventIdOrNotFound } from "@/lib/data/event-id-or-not-found";
import { LANDING_EVENT_ID } from "@/lib/data/landing-event";
import { listEventIds, loadEvent } from "@/lib/data/load-event";
import { loadZones } from "@/lib/data/load-zones";
import { pageMetadata } from "@/lib/i18n/page-metadata";
import { PREVIEW_SIZE } from "@/lib/preview/preview-layout";
import { localePath, type Locale } from "@/lib/i18n/locales";

/** The event pages' bodies, shared by app/(en) (English, unprefixed) and app/[locale]. */
export function eventStaticParams(): { id: string }[] {
  return listEventIds().map((id) => ({ id }));
}

export function HomePage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  return <EventView bundle={loadEvent(LANDING_EVENT_ID)} zones={loadZones()} locale={locale} path="/" />;
}

/**
 * The link-preview image of a page. The image routes live outside the route groups
 * (app/opengraph-image.tsx, app/events/[id]/opengraph-image.tsx) so their addresses stay plain and
 * every language's page shares them; a file outside a page's folders is not attached by itself.
 */
function previewImages(path: string, alt: string): Pick<Metadata, "openGraph" | "twitter"> {
  const image = { url: path, width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, alt, type: "image/png" };
  return { openGraph: { images: [image] }, twitter: { card: "summary_large_image", images: [image] } };
}

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  // The layout's default title is the landing page's.
  return pageMetadata(locale, "/", previewImages("/opengraph-image", loadEvent(LANDING_EVENT_ID).event.title));
}

export function EventPage({ locale, id }: { locale: Locale; id: string }) {
  setRequestLocale(locale);
  const known = eventIdOrNotFound(id);
  return <EventView bundle={loadEvent(known)} zones={loadZones()} locale={locale} path={`/events/${known}`} />;
}

export async function eventMetadata(locale: Locale, id: string): Promise<Metadata> {
  const { event } = loadEvent(eventIdOrNotFound(id));
  // Titles and summaries are English unless a person translated them (the panel says so).
  return pageMetadata(locale, `/events/${id}`, {
    title: event.title,
    description: event.summary,
    openGraph: { title: event.title, description: event.summary, type: "article", images: previewImages(`/events/${id}/opengraph-image`, event.title).openGraph?.images },
    twitter: { card: "summary_large_image", title: event.title, description: event.summary, images: previewImages(`/events/${id}/opengraph-image`, event.title).twitter?.images },
  });
}

/** The map and timeline for iframes; any site may frame these pages. `id` absent: the landing event. */
export function EmbedPage({ locale, id }: { locale: Locale; id?: string }) {
  setRequestLocale(locale);
  const known = id === undefined ? LANDING_EVENT_ID : eventIdOrNotFound(id);
  const fullViewPath = localePath(locale, id === undefined ? "/" : `/events/${known}`);
  return <EventView bundle={loadEvent(known)} zones={loadZones()} variant="embed" locale={locale} path={id === undefined ? "/embed" : `/embed/${known}`} fullViewPath={fullViewPath} />;
}

export async function embedMetadata(locale: Locale, id?: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Embed" });
  return pageMetadata(locale, id === undefined ? "/embed" : `/embed/${id}`, { title: t("title"), robots: { index: false } });
}
