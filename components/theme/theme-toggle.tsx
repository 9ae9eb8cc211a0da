"use client";

import { useTranslations } from "next-intl";

import { useEffect, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY, nextChoice, resolveTheme, type ThemeChoice } from "@/lib/theme/theme";

const CHANGE_EVENT = "sortie-theme-change";

function readChoice(): ThemeChoice {
  const stored = localStorage.getItem(THEME_STORAGE_KEY);
  return stored === "light" || stored === "dark" ? stored : "system";
}

function subscribe(listener: () => void): () => void {
  window.addEventListener("storage", listener);
  window.addEventListener(CHANGE_EVENT, listener);
  return () => {
    window.removeEventListener("storage", listener);
    window.removeEventListener(CHANGE_EVENT, listener);
  };
}

/** Cycles the theme between following the system, light and dark; remembered in this browser. */
export function ThemeToggle() {
  const choice: ThemeChoice = useSyncExternalStore(subscribe, readChoice, () => "system" as const);
  const t = useTranslations("Client.Theme");

  useEffect(() => {
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(choice, media.matches);
    };
    apply();
    media.addEventListener("change", apply);
    return () => media.removeEventListener("change", apply);
  }, [choice]);

  const cycle = () => {
    const next = nextChoice(choice);
    if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  };

  return (
    <button
      type="button"
      onClick={cycle}
      data-testid="theme-toggle"
      className="rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium text-body hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-700"
    >
      {t(choice)}
    </button>
  );
}
