import { notFound } from "next/navigation";
import { LOCALES, isLocale } from "@/lib/i18n/locales";
import { panelWords } from "@/lib/i18n/messages";

export const dynamic = "force-static";
export const dynamicParams = false;

/** `<locale>.json` for every language, English included (lib/i18n/messages.ts, panelWordsPath). */
export function generateStaticParams() {
  return LOCALES.map((locale) => ({ file: `${locale}.json` }));
}

/**
 * /panel-words/<locale>.json: the words of the share, export and import panels and of the
 * bad-link notice, fetched when one of them is needed (components/i18n/deferred-words.tsx)
 * instead of riding in every event page's inline payload.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const locale = /^([a-z]{2})\.json$/.exec((await params).file)?.[1] ?? "";
  if (!isLocale(locale)) notFound();
  return new Response(JSON.stringify(panelWords(locale)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
