"use client";

import { createContext, Suspense, use, useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import type { FeatureCollection } from "geojson";
import { createCameraStore, type CameraStore } from "@/lib/map/camera-store";
import type { LayerGroup } from "@/lib/url-state/view-state";
import { UrlStateBridge, type EventClock, type UrlWriter } from "./url-state-bridge";

type ViewState = {
  selectedId: string | null;
  /** Select an item. Deliberate, so it becomes a step in the browser history. */
  select: (id: string | null) => void;
  /** The item under the pointer or keyboard focus; never in the URL. */
  hoveredId: string | null;
  hover: (id: string | null) => void;
  hiddenLayers: readonly LayerGroup[];
  setLayerVisible: (group: LayerGroup, visible: boolean) => void;
  camera: CameraStore;
  /** True once after select(): the map frames a selection the reader made, not one a link restored. */
  takeFrameRequest: () => boolean;
  /** A GeoJSON file the reader opened, drawn over the map; it never leaves the browser. */
  imported: ImportedOverlay | null;
  setImported: (overlay: ImportedOverlay | null) => void;
  /** True once the URL has been read, so the map knows whether a link gave it a camera. */
  urlRead: boolean;
};

export type ImportedOverlay = { name: string; collection: FeatureCollection; featureCount: number };

const ViewStateContext = createContext<ViewState | null>(null);

/**
 * Holds what the reader is looking at. The state lives here rather than in a URL hook so the
 * page renders into static HTML; the URL bridge, inside its own Suspense boundary, keeps the two
 * in step after hydration and owns Back and Forward.
 */
export function ViewStateProvider({ knownIds, clock, children }: { knownIds: readonly string[]; clock: EventClock; children: ReactNode }) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hoveredId, hover] = useState<string | null>(null);
  const [hiddenLayers, setHiddenLayers] = useState<readonly LayerGroup[]>([]);
  const [urlRead, setUrlRead] = useState(false);
  const [imported, setImported] = useState<ImportedOverlay | null>(null);
  const [camera] = useState(createCameraStore);
  const writerRef = useRef<UrlWriter | null>(null);
  const frameRequestRef = useRef(false);
  const takeFrameRequest = useCallback(() => {
    const requested = frameRequestRef.current;
    frameRequestRef.current = false;
    return requested;
  }, []);

  const select = useCallback((id: string | null) => {
    frameRequestRef.current = true;
    setSelectedId(id);
    writerRef.current?.({ sel: id }, "push");
  }, []);
  const setLayerVisible = useCallback((group: LayerGroup, visible: boolean) => {
    setHiddenLayers((current) => {
      const next = visible ? current.filter((name) => name !== group) : [...new Set([...current, group])];
      writerRef.current?.({ hide: next.length > 0 ? [...next] : null }, "replace");
      return next;
    });
  }, []);
  const fromUrl = useMemo(
    () => ({
      select: setSelectedId,
      hide: setHiddenLayers,
      read: () => setUrlRead(true),
    }),
    [],
  );
  const value = useMemo(
    () => ({ selectedId, select, hoveredId, hover, hiddenLayers, setLayerVisible, camera, takeFrameRequest, imported, setImported, urlRead }),
    [selectedId, select, hoveredId, hiddenLayers, setLayerVisible, camera, takeFrameRequest, imported, urlRead],
  );
  return (
    <ViewStateContext value={value}>
      {children}
      <Suspense fallback={null}>
        <UrlStateBridge knownIds={knownIds} clock={clock} camera={camera} fromUrl={fromUrl} writerRef={writerRef} />
      </Suspense>
    </ViewStateContext>
  );
}

export function useViewState(): ViewState {
  const value = use(ViewStateContext);
  if (!value) throw new Error("useViewState must be used inside ViewStateProvider");
  return value;
}
