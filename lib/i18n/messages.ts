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

type ClientPart = keyof Messages["Client"];

/** What every page's client components read: the header's language links and theme toggle, badges, notices. */
export const COMMON_CLIENT_PARTS = ["Switcher", "Theme", "Confidence", "Notice"] as const satisfies readonly ClientPart[];
/** An event page's (and an embed's) map, panel, timeline, legend, sharing and export controls. */
export const EVENT_CLIENT_PARTS = [...COMMON_CLIENT_PARTS, "Selection", "Sheet", "Map", "Layers", "Legend", "LegendControl", "Import", "Share", "Export", "Timeline", "LinkNotice", "Downloads", "Quote"] as const satisfies readonly ClientPart[];

/**
 * The messages client components need, and no more: only these travel to the browser
 * (components/i18n/client-messages.tsx), in the page's inline payload, so each page sends the parts
 * its own client components read. The methodology's paragraphs and the statistics' labels never do.
 */
export function clientMessages(locale: Locale, parts: readonly ClientPart[]): { Client: Partial<Messages["Client"]> } {
  const client = loadMessages(locale).Client;
  return { Client: Object.fromEntries(parts.map((part) => [part, client[part]])) };
}

/** /events: the dashboard's own words, its map's status, the list's download links and the link notice; no event-page part. */
export const DASHBOARD_CLIENT_PARTS = [...COMMON_CLIENT_PARTS, "Map", "Downloads", "LinkNotice", "Dashboard"] as const satisfies readonly ClientPart[];
