"use client";

import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";
import { useEffect, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { panelWords } from "@/lib/i18n/messages";
import { panelWordsPath } from "@/lib/i18n/panel-words-path";

type PanelWords = ReturnType<typeof panelWords>;

// One request per language for the page's life, shared by every panel; a failed one is forgotten
// so the next panel to open asks again.
const requests = new Map<Locale, Promise<void>>();
const loaded = new Map<Locale, PanelWords>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Fetches the panels' words in `locale` (app/panel-words), once. */
export function loadPanelWords(locale: Locale): Promise<void> {
  let request = requests.get(locale);
  if (!request) {
    request = fetch(panelWordsPath(locale))
      .then((response) => {
        if (!response.ok) throw new Error(`${panelWordsPath(locale)} answered ${response.status}`);
        return response.json() as Promise<PanelWords>;
      })
      .then((words) => {
        loaded.set(locale, words);
        for (const listener of listeners) listener();
      })
      .catch((error: unknown) => {
        requests.delete(locale);
        console.error("The panels' words could not be loaded", error);
      });
    requests.set(locale, request);
  }
  return request;
}

function usePageLocale(): Locale {
  const locale = useLocale();
  if (!isLocale(locale)) throw new Error(`Unknown locale ${locale}`);
  return locale;
}

/**
 * Renders its children once the panels' words (lib/i18n/messages.ts, PANEL_CLIENT_PARTS) have
 * arrived, with those words added to the page's messages, and asks for them when it mounts: a
 * panel, notice or import message wrapped in it appears with its words, never with keys or in
 * English first (`fallback` until then). Nothing on the server: the page's HTML has only the
 * buttons that open the panels.
 */
export function DeferredWords({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const locale = usePageLocale();
  const messages = useMessages();
  const words = useSyncExternalStore(subscribe, () => loaded.get(locale) ?? null, () => null);
  useEffect(() => {
    void loadPanelWords(locale);
  }, [locale]);
  const merged = useMemo(() => (words ? { ...messages, Client: { ...messages.Client, ...words.Client } } : null), [messages, words]);
  if (!merged) return fallback;
  return (
    <NextIntlClientProvider locale={locale} messages={merged} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}

/** Asks for the panels' words when the browser is next idle, so a panel opens at once. */
export function usePanelWordsWhenIdle() {
  const locale = usePageLocale();
  useEffect(() => {
    if (typeof window.requestIdleCallback !== "function") {
      void loadPanelWords(locale);
      return;
    }
    const id = window.requestIdleCallback(() => void loadPanelWords(locale));
    return () => window.cancelIdleCallback(id);
  }, [locale]);
}
