import type { FeatureCollection } from "geojson";
import type { Camera, LayerGroup } from "@/lib/url-state/view-state";

/** Who moved the camera: the reader on the map, or a link (including Back and Forward). */
export type CameraOrigin = "map" | "url";

/** A GeoJSON file the reader opened, drawn over the map; it never leaves the browser. */
export type ImportedOverlay = { name: string; collection: FeatureCollection; featureCount: number };

/**
 * Everything the reader is looking at on an event page, in one value: the store
 * (create-view-store.ts) holds it, pure updaters (updaters.ts) change it, and the map controller,
 * the panel, the timeline and the URL read it. The theme is not here: it has a store of its own
 * (lib/theme/theme-store.ts), because the header's toggle is on pages without an event and so
 * without this store; the map controller's view is built from both.
 */
export type ViewState = {
  /** The event's clock range; fixed for the page. */
  range: { start: number; end: number };
  /** Each item's formations, from the event index (lib/data/event-index.ts); fixed for the page. */
  itemFormations: Readonly<Record<string, readonly string[]>>;
  /**
   * The selected item, and whether the map should frame it: true for a selection the reader made,
   * false for one a link or Back/Forward restored (the link's camera, if any, wins).
   */
  selection: { id: string | null; frame: boolean };
  /** The item under the pointer or keyboard focus; never in the URL. */
  hoveredId: string | null;
  /** Hidden layer groups, in LAYER_GROUPS order so equal sets compare equal. */
  hiddenGroups: readonly LayerGroup[];
  /** Tagged with its origin so the map and the URL never echo each other. */
  camera: { value: Camera | null; origin: CameraOrigin };
  /** Milliseconds since the epoch, or null when no time is chosen (the whole day is shown). */
  clock: { time: number | null; playing: boolean; speed: number };
  imported: ImportedOverlay | null;
};

export const DEFAULT_SPEED = 900;

export function initialViewState(range: ViewState["range"], itemFormations: ViewState["itemFormations"]): ViewState {
  return {
    range,
    itemFormations,
    selection: { id: null, frame: false },
    hoveredId: null,
    hiddenGroups: [],
    camera: { value: null, origin: "url" },
    clock: { time: null, playing: false, speed: DEFAULT_SPEED },
    imported: null,
  };
}
