import { NextIntlClientProvider, useLocale } from "next-intl";
import type { ReactNode } from "react";
import { clientMessages } from "@/lib/i18n/messages";

type Parts = Parameters<typeof clientMessages>[1];

/** Hands the client components below it the message parts they read (lib/i18n/messages.ts), in the page's locale. */
export function ClientMessages({ parts, children }: { parts: Parts; children: ReactNode }) {
  const locale = useLocale();
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(locale, parts)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
