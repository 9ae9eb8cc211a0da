"use client";

import { useQueryStates, type Options } from "nuqs";
import { useSearchParams } from "next/navigation";
import { createContext, Suspense, use, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { createStore, useStore, type StoreApi } from "zustand";
import { dashboardParsers, readDashboardLink, type DashboardKey, type DashboardParsers, type DashboardUrlState } from "@/lib/dashboard/dashboard-url";
import type { FilterOptions } from "@/lib/dashboard/filter-patrols";
import { frameForLink, type FrameRequest } from "@/lib/dashboard/frame-request";
import type { Bounds } from "@/lib/geo/bounds-of";

type Write = (patch: Partial<DashboardUrlState>, options?: Options) => void;

/** A link parameter that could not be used, and its value as the notice quotes it; the page names the parameter in its language. */
export type LinkProblem = { key: DashboardKey; value: string };

/**
 * The dashboard's link state as the page reads it, the way to change it, and what a link got wrong;
 * `linked` turns true once the link has been read. `frame` is the map's latest framing request (the
 * selection's, or "Show all patrols"), null while the map stays where it started.
 */
export type DashboardState = {
  url: DashboardUrlState;
  linked: boolean;
  write: Write;
  problems: LinkProblem[];
  dismissProblems: () => void;
  frame: FrameRequest | null;
  frameBounds: (bounds: Bounds) => void;
};

const NOTHING_LINKED: DashboardUrlState = { from: null, to: null, bomber: null, region: null, responder: null, doc: null, colour: null, view: null, patrol: null, map: null };

const DashboardContext = createContext<StoreApi<DashboardState> | null>(null);

/**
 * One small store per dashboard page (zustand, as the event pages' view store): the page renders
 * on the server from its defaults, so the list and the time strip are in the HTML; the URL, read
 * through nuqs inside its own Suspense boundary, fills it in on the client and is written through it.
 */
export function DashboardProvider({
  options,
  patrolIds,
  patrolBounds,
  shownBy,
  children,
}: {
  options: FilterOptions;
  patrolIds: readonly string[];
  patrolBounds: readonly Bounds[];
  /** The ids of the patrols a link's filters show (lib/dashboard/filter-patrols.ts). */
  shownBy: (url: DashboardUrlState) => ReadonlySet<string>;
  children: ReactNode;
}) {
  const [store] = useState(() =>
    createStore<DashboardState>((set) => ({
      url: NOTHING_LINKED,
      linked: false,
      write: () => undefined,
      problems: [],
      dismissProblems: () => set({ problems: [] }),
      frame: null,
      // A new object each time: asking again after the reader moved the map frames again.
      frameBounds: (bounds) => set({ frame: { bounds } }),
    })),
  );
  const parsers = useMemo(() => dashboardParsers(options, patrolIds), [options, patrolIds]);
  const boundsOfPatrol = useCallback((id: string) => patrolBounds[patrolIds.indexOf(id)], [patrolIds, patrolBounds]);
  return (
    <DashboardContext value={store}>
      {children}
      <Suspense fallback={null}>
        <DashboardUrlBridge parsers={parsers} store={store} boundsOfPatrol={boundsOfPatrol} shownBy={shownBy} />
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
 * own changes, Back and Forward), with the framing a new selection asks for, and the store writes through it. A value that cannot be used is
 * named in a notice and removed from the address, so a shared link does not pass it on.
 */
function DashboardUrlBridge({
  parsers,
  store,
  boundsOfPatrol,
  shownBy,
}: {
  parsers: DashboardParsers;
  store: StoreApi<DashboardState>;
  boundsOfPatrol: (id: string) => Bounds | undefined;
  shownBy: (url: DashboardUrlState) => ReadonlySet<string>;
}) {
  const [url, setUrl] = useQueryStates(parsers, { history: "replace", scroll: false });
  const search = useSearchParams().toString();
  useEffect(() => {
    const { url: previous, linked, frame } = store.getState();
    // The selection's framing is worked out here, from the link, so a click in the list, one on the map and Back/Forward all frame alike.
    const request = frameForLink(linked ? previous : null, url, boundsOfPatrol, (id) => shownBy(url).has(id));
    store.setState({ url, linked: true, write: (patch, options) => void setUrl(patch, options), frame: request ?? frame });
  }, [store, url, setUrl, boundsOfPatrol, shownBy]);
  useEffect(() => {
    const params = new URLSearchParams(search);
    const { rejected } = readDashboardLink(params, parsers);
    if (rejected.length === 0) return;
    store.setState({ problems: rejected.map((key) => ({ key, value: show(params.get(key) ?? "") })) });
    void setUrl(Object.fromEntries(rejected.map((key) => [key, null])));
  }, [search, parsers, setUrl, store]);
  return null;
}
