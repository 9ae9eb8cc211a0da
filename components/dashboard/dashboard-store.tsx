"use client";

import { useQueryStates, type Options } from "nuqs";
import { useSearchParams } from "next/navigation";
import { createContext, Suspense, use, useEffect, useMemo, useState, type ReactNode } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import { dashboardParsers, readDashboardLink, type DashboardKey, type DashboardParsers, type DashboardUrlState } from "@/lib/dashboard/dashboard-url";
import type { FilterOptions } from "@/lib/dashboard/filter-patrols";

type Write = (patch: Partial<DashboardUrlState>, options?: Options) => void;

/** A link parameter that could not be used, and its value as the notice quotes it; the page names the parameter in its language. */
export type LinkProblem = { key: DashboardKey; value: string };

/** The dashboard's link state as the page reads it, the way to change it, and what a link got wrong. */
export type DashboardState = { url: DashboardUrlState; write: Write; problems: LinkProblem[]; dismissProblems: () => void };

const NOTHING_LINKED: DashboardUrlState = { from: null, to: null, bomber: null, region: null, responder: null, doc: null, colour: null, view: null, patrol: null };

const DashboardContext = createContext<StoreApi<DashboardState> | null>(null);

/**
 * One small store per dashboard page (zustand, as the event pages' view store): the page renders
 * on the server from its defaults, so the list and the time strip are in the HTML; the URL, read
 * through nuqs inside its own Suspense boundary, fills it in on the client and is written through it.
 */
export function DashboardProvider({ options, patrolIds, children }: { options: FilterOptions; patrolIds: readonly string[]; children: ReactNode }) {
  const [store] = useState(() =>
    createStore<DashboardState>((set) => ({ url: NOTHING_LINKED, write: () => undefined, problems: [], dismissProblems: () => set({ problems: [] }) })),
  );
  const parsers = useMemo(() => dashboardParsers(options, patrolIds), [options, patrolIds]);
  return (
    <DashboardContext value={store}>
      {children}
      <Suspense fallback={null}>
        <DashboardUrlBridge parsers={parsers} store={store} />
      </Suspense>
    </DashboardContext>
  );
}

export function useDashboard<Slice>(selector: (state: DashboardState) => Slice): Slice {
  const store = use(DashboardContext);
  if (!store) throw new Error("useDashboard needs a DashboardProvider");
  return useStore(store, selector);
}

const show = (value: string) => `“${value.slice(0, 40)}${value.length > 40 ? "…" : ""}”`;

/**
 * The URL through nuqs: its state goes into the store whenever it changes (a link, the reader's
 * own changes, Back and Forward), and the store writes through it. A value that cannot be used is
 * named in a notice and removed from the address, so a shared link does not pass it on.
 */
function DashboardUrlBridge({ parsers, store }: { parsers: DashboardParsers; store: StoreApi<DashboardState> }) {
  const [url, setUrl] = useQueryStates(parsers, { history: "replace", scroll: false });
  const search = useSearchParams().toString();
  useEffect(() => {
    store.setState({ url, write: (patch, options) => void setUrl(patch, options) });
  }, [store, url, setUrl]);
  useEffect(() => {
    const params = new URLSearchParams(search);
    const { rejected } = readDashboardLink(params, parsers);
    if (rejected.length === 0) return;
    store.setState({ problems: rejected.map((key) => ({ key, value: show(params.get(key) ?? "") })) });
    void setUrl(Object.fromEntries(rejected.map((key) => [key, null])));
  }, [search, parsers, setUrl, store]);
  return null;
}
