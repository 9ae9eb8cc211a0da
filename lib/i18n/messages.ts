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

type ClientWords = Messages["Client"];
type ClientPart = keyof ClientWords;

/**
 * What every page's header reads: its language links and theme toggle. The 404 page has the
 * header, and Next.js puts that page into every page's payload, so this list is kept to the header.
 */
export const COMMON_CLIENT_PARTS = ["Switcher", "Theme"] as const satisfies readonly ClientPart[];
/** What an event page's (and an embed's) map, panel and timeline read as soon as they render. */
export const EVENT_CLIENT_PARTS = [...COMMON_CLIENT_PARTS, "Notice", "Sheet", "Map", "Layers", "Timeline"] as const satisfies readonly ClientPart[];
/**
 * What an event page reads only once a panel opens or the reader acts: sharing, export (with the
 * legend's words it draws into an image), a file's import, the notice for a link that could not
 * be used, the selected item's details, and the badges and quotes of the sections whose text
 * comes from the panel-details file (components/panel/deferred-section.tsx). These travel in a
 * static file of their own (panelWordsPath, app/panel-words) rather than in every event page.
 */
export const PANEL_CLIENT_PARTS = ["Share", "Export", "Import", "LinkNotice", "Legend", "Selection", "Confidence", "Quote"] as const satisfies readonly ClientPart[];
type PanelPart = (typeof PANEL_CLIENT_PARTS)[number];
/**
 * Of those, the keys the page shows before any panel opens: the buttons that open the panels,
 * the embed's link back, the file input's name, and the selection's prompt and its file's
 * loading and failure messages.
 */
export const PANEL_KEYS_IN_PAGE = {
  Share: ["button", "openFullView"],
  Export: ["button"],
  Import: ["openButton", "open"],
  Selection: ["prompt", "loading", "failed"],
} as const satisfies { [Part in PanelPart]?: readonly (keyof ClientWords[Part])[] };

type SomeKeys = { readonly [Part in ClientPart]?: readonly string[] };

/**
 * The messages client components need, and no more: only these travel to the browser
 * (components/i18n/client-messages.tsx), in the page's inline payload, so each page sends the parts
 * its own client components read, and of `keys`' parts only the keys listed. The methodology's
 * paragraphs and the statistics' labels never do.
 */
export function clientMessages(locale: Locale, parts: readonly ClientPart[], keys: SomeKeys = {}): { Client: Partial<ClientWords> } {
  const client = loadMessages(locale).Client;
  const whole = parts.map((part) => [part, client[part]]);
  const some = Object.entries(keys).map(([part, names]) => {
    const words = client[part as ClientPart] as Record<string, unknown>;
    return [part, Object.fromEntries((names ?? []).map((name) => [name, words[name]]))];
  });
  return { Client: Object.fromEntries([...whole, ...some]) };
}

/** The panels' words in one language: the content of panelWordsPath(locale) (lib/i18n/panel-words-path.ts). */
export function panelWords(locale: Locale): { Client: Pick<ClientWords, PanelPart> } {
  return clientMessages(locale, PANEL_CLIENT_PARTS) as { Client: Pick<ClientWords, PanelPart> };
}

/** /events: the dashboard's own words, its map's status, the list's download links and the link notice; no event-page part. */
export const DASHBOARD_CLIENT_PARTS = [...COMMON_CLIENT_PARTS, "Notice", "Confidence", "Map", "Downloads", "LinkNotice", "Dashboard"] as const satisfies readonly ClientPart[];
