import { NextIntlClientProvider, useLocale } from "next-intl";
import type { ReactNode } from "react";
import { clientMessages } from "@/lib/i18n/messages";

type Parts = Parameters<typeof clientMessages>[1];
type Keys = Parameters<typeof clientMessages>[2];

/** Hands the client components below it the message parts they read (lib/i18n/messages.ts), in the page's locale. */
export function ClientMessages({ parts, keys, children }: { parts: Parts; keys?: Keys; children: ReactNode }) {
  const locale = useLocale();
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(locale, parts, keys)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
