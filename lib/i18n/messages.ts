import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import ko from "@/messages/ko.json";
import ru from "@/messages/ru.json";
import zh from "@/messages/zh.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

/** Every locale's messages, read on the server only: pages render them into HTML. */
const ALL: Record<Locale, Messages> = { en, ja, ko, zh, ru };

export function loadMessages(locale: Locale): Messages {
  return ALL[locale];
}

/**
 * The namespaces client components read. Only these travel to the browser (NextIntlClientProvider),
 * so the methodology's paragraphs and the statistics' labels never enter a page's JavaScript payload.
 */
export const CLIENT_NAMESPACES = ["Client"] as const satisfies readonly (keyof Messages)[];

export function clientMessages(locale: Locale): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const messages = loadMessages(locale);
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
