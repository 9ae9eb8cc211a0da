import type { Theme } from "@/lib/theme/theme";
import type { LayerGroup } from "@/lib/url-state/view-state";
import { formationsOf } from "@/lib/view-store/updaters";
import type { ImportedOverlay, ViewState } from "@/lib/view-store/view-state";

/**
 * What the map shows, as one value: the part of the view state the map draws, plus the theme.
 * The controller applies a change of it with `sync(previous, next)`.
 */
export type MapView = {
  theme: Theme;
  hiddenGroups: ViewState["hiddenGroups"];
  selection: ViewState["selection"];
  /** The hovered item and the formations it involves: each lights up on the map. */
  hovered: readonly string[];
  camera: ViewState["camera"];
  time: number | null;
  imported: ImportedOverlay | null;
};

const NOTHING: readonly string[] = [];

/**
 * The map's view of the store's state. Parts that did not change keep their identity, so sync
 * can compare by reference; `hovered` is rebuilt only when the hovered item changes.
 */
export function mapViewOf(state: ViewState, theme: Theme, previous: MapView | null): MapView {
  const hoveredId = state.hoveredId;
  const formations = formationsOf(state, hoveredId);
  const hovered = hoveredId === null ? NOTHING : [...new Set([hoveredId, ...formations])];
  const sameHovered = previous !== null && previous.hovered.length === hovered.length && previous.hovered.every((id, index) => hovered[index] === id);
  const next: MapView = {
    theme,
    hiddenGroups: state.hiddenGroups,
    selection: state.selection,
    hovered: sameHovered ? previous.hovered : hovered,
    camera: state.camera,
    time: state.clock.time,
    imported: state.imported,
  };
  const unchanged = previous !== null && (Object.keys(next) as (keyof MapView)[]).every((key) => next[key] === previous[key]);
  return unchanged ? previous : next;
}

export type { LayerGroup };
