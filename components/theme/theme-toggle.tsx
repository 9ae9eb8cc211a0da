"use client";

import { useTranslations } from "next-intl";
import { nextChoice } from "@/lib/theme/theme";
import { browserThemeStore } from "@/lib/theme/theme-store";
import { useThemeState } from "./use-theme";

/**
 * Cycles the theme between following the system, light and dark; remembered in this browser. It
 * writes the page's theme store, which the map and `<html data-theme>` follow.
 */
export function ThemeToggle() {
  const { choice } = useThemeState();
  const t = useTranslations("Client.Theme");
  const cycle = () => browserThemeStore().setChoice(nextChoice(choice));

  return (
    <button
      type="button"
      onClick={cycle}
      data-testid="theme-toggle"
      className="rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium text-body hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus"
    >
      {t(choice)}
    </button>
  );
}
