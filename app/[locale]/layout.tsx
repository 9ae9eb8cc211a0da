import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { RootDocument } from "@/app/_shared/root-document";
import { localeParam, localeStaticParams } from "@/lib/i18n/locale-param";
import { rootMetadata, ROOT_VIEWPORT } from "@/lib/i18n/page-metadata";

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;
export const viewport = ROOT_VIEWPORT;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  return rootMetadata(await localeParam(params));
}

/** Japanese, Korean, Chinese and Russian, each under its prefix (`/ja`, `/ja/events` ...). */
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  setRequestLocale(locale);
  return <RootDocument locale={locale}>{children}</RootDocument>;
}
