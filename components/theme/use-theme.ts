"use client";

import { useSyncExternalStore } from "react";
import { browserThemeStore, type ThemeState } from "@/lib/theme/theme-store";

// The server cannot know the reader's theme: it renders "follow the system" in light, and the
// <head> script has already set the right theme on <html> before the first paint.
const SERVER_STATE: ThemeState = { choice: "system", theme: "light" };
const subscribe = (listener: () => void) => browserThemeStore().subscribe(listener);
const getState = () => browserThemeStore().getState();

/** The reader's theme choice and the theme in effect, from the page's one theme store (lib/theme/theme-store.ts). */
export function useThemeState(): ThemeState {
  return useSyncExternalStore(subscribe, getState, () => SERVER_STATE);
}
