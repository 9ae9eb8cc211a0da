"use client";

import { createContext, Suspense, use, useEffect, useState, type ReactNode } from "react";
import { useStore } from "zustand";
import { createViewStore, driveClock, type ViewActions, type ViewStore } from "@/lib/view-store/create-view-store";
import { formationsOf } from "@/lib/view-store/updaters";
import type { ViewState } from "@/lib/view-store/view-state";
import { UrlStateBridge, type EventClock } from "./url-state-bridge";

const ViewStoreContext = createContext<ViewStore | null>(null);

/**
 * The page's one view store (lib/view-store), created with the event's clock range and the
 * index's item formations. The store starts at its defaults so the page renders into static
 * HTML; the URL, inside its own Suspense boundary, is a subscriber that applies a link on first
 * load and on Back and Forward and writes the view back.
 */
export function ViewStoreProvider({ itemFormations, otherIds, clock, children }: { itemFormations: ViewState["itemFormations"]; otherIds: readonly string[]; clock: EventClock; children: ReactNode }) {
  const [store] = useState(() => createViewStore({ start: clock.start, end: clock.end }, itemFormations));
  // Every item a link may select: those with formations are already the keys of itemFormations, so
  // the page sends only the rest (each id in the page's payload once).
  const [knownIds] = useState(() => [...Object.keys(itemFormations), ...otherIds]);
  useEffect(() => driveClock(store), [store]);
  return (
    <ViewStoreContext value={store}>
      {children}
      <Suspense fallback={null}>
        <UrlStateBridge knownIds={knownIds} clock={clock} store={store} />
      </Suspense>
    </ViewStoreContext>
  );
}

/** The store itself, for code that follows it outside React (the map, the URL). Never changes identity. */
export function useViewStoreApi(): ViewStore {
  const store = use(ViewStoreContext);
  if (!store) throw new Error("useViewStoreApi must be used inside ViewStoreProvider");
  return store;
}

/** A slice of the view; the component re-renders only when the slice changes. */
export function useView<Slice>(selector: (state: ViewState) => Slice): Slice {
  return useStore(useViewStoreApi(), selector);
}

export function useViewActions(): ViewActions {
  return useViewStoreApi().actions;
}

/**
 * The formations the hovered and the selected item involve, so that pointing at a formation, one
 * of its legs or a moment in one view lights up the same formations in the others.
 */
export function useLinkedFormations(): { hovered: readonly string[]; selected: readonly string[] } {
  const hovered = useView((state) => formationsOf(state, state.hoveredId));
  const selected = useView((state) => formationsOf(state, state.selection.id));
  return { hovered, selected };
}
