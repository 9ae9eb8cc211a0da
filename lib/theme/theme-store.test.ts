import { describe, expect, it } from "vitest";
import type { Theme } from "./theme";
import { createThemeStore, type ThemeEnvironment } from "./theme-store";

function fakeEnvironment(initial: { stored?: string; systemDark?: boolean } = {}) {
  const stored = new Map<string, string>(initial.stored ? [["sortie-theme", initial.stored]] : []);
  const watchers = new Set<() => void>();
  const applied: Theme[] = [];
  const world = { systemDark: initial.systemDark ?? false };
  const environment: ThemeEnvironment = {
    storage: { getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => void stored.set(key, value), removeItem: (key) => void stored.delete(key) },
    systemPrefersDark: () => world.systemDark,
    watch(listener) {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
    apply: (theme) => void applied.push(theme),
  };
  const systemChanges = (dark: boolean) => {
    world.systemDark = dark;
    for (const watcher of watchers) watcher();
  };
  return { environment, stored, applied, watchers, systemChanges };
}

describe("createThemeStore", () => {
  it("starts from the stored choice, or the system's scheme when there is none", () => {
    expect(createThemeStore(fakeEnvironment({ stored: "dark" }).environment).getState()).toEqual({ choice: "dark", theme: "dark" });
    expect(createThemeStore(fakeEnvironment({ systemDark: true }).environment).getState()).toEqual({ choice: "system", theme: "dark" });
    expect(createThemeStore(fakeEnvironment({ stored: "purple", systemDark: false }).environment).getState()).toEqual({ choice: "system", theme: "light" });
  });

  it("keeps a choice, shows its theme on the page and tells every subscriber once", () => {
    const fake = fakeEnvironment();
    const store = createThemeStore(fake.environment);
    const heard: string[] = [];
    store.subscribe(() => heard.push(`toggle:${store.getState().theme}`));
    store.subscribe(() => heard.push(`map:${store.getState().theme}`));
    store.setChoice("dark");
    expect(fake.stored.get("sortie-theme")).toBe("dark");
    expect(fake.applied).toEqual(["light", "dark"]);
    expect(heard).toEqual(["toggle:dark", "map:dark"]);
    store.setChoice("system");
    expect(fake.stored.has("sortie-theme")).toBe(false);
    expect(store.getState()).toEqual({ choice: "system", theme: "light" });
  });

  it("follows the system's scheme only while the choice is system, and only while watched", () => {
    const fake = fakeEnvironment();
    const store = createThemeStore(fake.environment);
    const unsubscribe = store.subscribe(() => undefined);
    fake.systemChanges(true);
    expect(store.getState().theme).toBe("dark");
    store.setChoice("light");
    fake.systemChanges(false);
    fake.systemChanges(true);
    expect(store.getState()).toEqual({ choice: "light", theme: "light" });
    unsubscribe();
    expect(fake.watchers.size).toBe(0);
  });

  it("returns the same state object until something changes", () => {
    const fake = fakeEnvironment();
    const store = createThemeStore(fake.environment);
    const first = store.getState();
    store.subscribe(() => undefined);
    fake.systemChanges(false);
    expect(store.getState()).toBe(first);
    store.setChoice("light");
    expect(store.getState()).not.toBe(first);
  });
});
