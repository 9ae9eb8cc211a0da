import { THEME_STORAGE_KEY, resolveTheme, type Theme, type ThemeChoice } from "./theme";

export type ThemeState = { choice: ThemeChoice; theme: Theme };

/** What the theme store reads and writes in a browser; a fake one in the tests. */
export type ThemeEnvironment = {
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  systemPrefersDark: () => boolean;
  /** Calls `listener` when the system's colour scheme or another tab's choice changes; returns how to stop. */
  watch: (listener: () => void) => () => void;
  /** Shows the theme on the page (`<html data-theme>`, which the CSS reads). */
  apply: (theme: Theme) => void;
};

export type ThemeStore = {
  getState: () => ThemeState;
  subscribe: (listener: () => void) => () => void;
  setChoice: (choice: ThemeChoice) => void;
};

/**
 * The reader's theme, in one place: the header's toggle writes it, and the toggle, the map
 * controller's view and `<html data-theme>` follow it. The choice is kept in localStorage (the
 * <head> bootstrap script reads the same key before the first paint); "system" follows
 * prefers-color-scheme while anything is subscribed. `getState` returns the same object until the
 * theme or the choice changes, as useSyncExternalStore needs.
 */
export function createThemeStore(environment: ThemeEnvironment): ThemeStore {
  const read = (): ThemeState => {
    const stored = environment.storage.getItem(THEME_STORAGE_KEY);
    const choice: ThemeChoice = stored === "light" || stored === "dark" ? stored : "system";
    return { choice, theme: resolveTheme(choice, environment.systemPrefersDark()) };
  };
  let state = read();
  // The page shows what the store holds from the start (the <head> script will have agreed).
  environment.apply(state.theme);
  const listeners = new Set<() => void>();
  let unwatch: (() => void) | null = null;
  const refresh = () => {
    const next = read();
    if (next.choice === state.choice && next.theme === state.theme) return;
    const themeChanged = next.theme !== state.theme;
    state = next;
    if (themeChanged) environment.apply(state.theme);
    for (const listener of listeners) listener();
  };
  return {
    getState: () => state,
    subscribe(listener) {
      if (listeners.size === 0) {
        // Unwatched, the system's scheme may have changed since the last read.
        refresh();
        unwatch = environment.watch(refresh);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unwatch?.();
          unwatch = null;
        }
      };
    },
    setChoice(choice) {
      if (choice === "system") environment.storage.removeItem(THEME_STORAGE_KEY);
      else environment.storage.setItem(THEME_STORAGE_KEY, choice);
      refresh();
    },
  };
}

let browserStore: ThemeStore | null = null;

/** The page's theme store, made on first use in the browser (never on the server: it reads localStorage). */
export function browserThemeStore(): ThemeStore {
  browserStore ??= createThemeStore({
    storage: window.localStorage,
    systemPrefersDark: () => window.matchMedia("(prefers-color-scheme: dark)").matches,
    watch(listener) {
      const media = window.matchMedia("(prefers-color-scheme: dark)");
      media.addEventListener("change", listener);
      window.addEventListener("storage", listener);
      return () => {
        media.removeEventListener("change", listener);
        window.removeEventListener("storage", listener);
      };
    },
    apply(theme) {
      document.documentElement.dataset.theme = theme;
    },
  });
  return browserStore;
}
