import type { Metadata, Viewport } from "next";
import { siteUrl } from "@/lib/export/site-url";
import { loadMessages } from "./messages";
import { DEFAULT_LOCALE, LANGUAGE_TAGS, LOCALES, localePath, type Locale } from "./locales";

export const ROOT_VIEWPORT: Viewport = { width: "device-width", initialScale: 1, themeColor: "#ffffff" };

/**
 * `alternates` for a page: its canonical address in this locale, the same page in every language
 * (`<link rel="alternate" hreflang>`, English also as x-default) and the Atom feed. Next.js merges
 * metadata one key deep, so the feed link is repeated here rather than inherited from the layout.
 */
export function alternatesFor(locale: Locale, path: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((other) => [LANGUAGE_TAGS[other], localePath(other, path)]));
  languages["x-default"] = localePath(DEFAULT_LOCALE, path);
  return {
    canonical: localePath(locale, path),
    languages,
    types: { "application/atom+xml": [{ url: "/feed.xml", title: loadMessages(locale).Site.feedTitle }] },
  };
}

export function rootMetadata(locale: Locale): Metadata {
  const site = loadMessages(locale).Site;
  return {
    metadataBase: siteUrl(),
    // Feed readers and browsers find the Atom feed of new and revised patrols from any page; each
    // page adds its language alternates (pageMetadata).
    alternates: { types: alternatesFor(locale, "/").types },
    twitter: { card: "summary_large_image" },
    title: { default: site.title, template: site.titleTemplate },
    description: site.description,
  };
}

/** A page's title and description in its locale, with its language alternates. */
export function pageMetadata(locale: Locale, path: string, metadata: Omit<Metadata, "alternates">): Metadata {
  return { ...metadata, alternates: alternatesFor(locale, path) };
}
