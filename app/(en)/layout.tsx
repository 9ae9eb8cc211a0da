import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { RootDocument } from "@/app/_shared/root-document";
import { rootMetadata, ROOT_VIEWPORT } from "@/lib/i18n/page-metadata";

export const metadata = rootMetadata("en");
export const viewport = ROOT_VIEWPORT;

/** English, at the unprefixed paths (`/`, `/events` ...). app/[locale] holds the other languages. */
export default function EnglishLayout({ children }: { children: ReactNode }) {
  setRequestLocale("en");
  return <RootDocument locale="en">{children}</RootDocument>;
}
