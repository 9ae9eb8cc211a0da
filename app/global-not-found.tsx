import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { NotFoundBody } from "@/app/_shared/not-found-page";
import { RootDocument } from "@/app/_shared/root-document";
import { siteUrl } from "@/lib/export/site-url";

// An address no route matches. With two root layouts (app/(en), app/[locale]) there is no layout
// above such a path, so this page brings its own document, in English (next.config.js turns it on).
export const metadata: Metadata = { metadataBase: siteUrl(), title: "Page not found · Sortie", robots: { index: false } };

export default function GlobalNotFound() {
  // No route, so no locale: English, set here so next-intl never asks for request headers (the static export has none).
  setRequestLocale("en");
  return (
    <RootDocument locale="en">
      <NotFoundBody />
    </RootDocument>
  );
}
