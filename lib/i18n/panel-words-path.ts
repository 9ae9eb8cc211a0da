import type { Locale } from "./locales";

/**
 * Where the panels' words (lib/i18n/messages.ts, panelWords) are served, one static file per
 * language (app/panel-words/[file]/route.ts). A module of its own because the browser needs it:
 * lib/i18n/messages.ts holds every language's messages, which must stay on the server.
 */
export function panelWordsPath(locale: Locale): string {
  return `/panel-words/${locale}.json`;
}
