"use client";

import { createContext, Suspense, use, useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { UrlSelectionBridge } from "./url-selection-bridge";

type ViewState = {
  selectedId: string | null;
  select: (id: string | null) => void;
  /** The item under the pointer in the panel, highlighted on the map; never in the URL. */
  hoveredId: string | null;
  hover: (id: string | null) => void;
};

const ViewStateContext = createContext<ViewState | null>(null);

/**
 * Holds what the user is looking at. The state lives here rather than in a URL hook so the panel
 * renders into static HTML; the URL bridge, inside its own Suspense boundary, keeps the two in step
 * after hydration and owns Back/Forward.
 */
export function ViewStateProvider({ knownIds, children }: { knownIds: readonly string[]; children: ReactNode }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hoveredId, hover] = useState<string | null>(null);
  const writeToUrlRef = useRef<((id: string | null) => void) | null>(null);
  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    writeToUrlRef.current?.(id);
  }, []);
  const value = useMemo(() => ({ selectedId, select, hoveredId, hover }), [selectedId, select, hoveredId]);
  return (
    <ViewStateContext value={value}>
      {children}
      <Suspense fallback={null}>
        <UrlSelectionBridge knownIds={knownIds} onUrlSelection={setSelectedId} writeToUrlRef={writeToUrlRef} />
      </Suspense>
    </ViewStateContext>
  );
}

export function useViewState(): ViewState {
  const value = use(ViewStateContext);
  if (!value) throw new Error("useViewState must be used inside ViewStateProvider");
  return value;
}
