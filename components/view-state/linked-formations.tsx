"use client";

import { createContext, use, type ReactNode } from "react";
import { ownEntry } from "@/lib/data/own-entry";
import { useViewState } from "./view-state-provider";

const NONE: readonly string[] = [];

const ItemFormationsContext = createContext<Readonly<Record<string, readonly string[]>>>({});

/** Makes each item's formations (lib/data/item-formations) known to the map, panel and timeline. */
export function LinkedFormationsProvider({ itemFormations, children }: { itemFormations: Readonly<Record<string, readonly string[]>>; children: ReactNode }) {
  return <ItemFormationsContext value={itemFormations}>{children}</ItemFormationsContext>;
}

/**
 * The formations the hovered item and the selected item involve, so that pointing at a formation,
 * one of its legs or a moment in one view lights up the same formations in the others. The arrays
 * keep their identity while the item does, so they are safe as effect dependencies.
 */
export function useLinkedFormations(): { hovered: readonly string[]; selected: readonly string[] } {
  const { hoveredId, selectedId } = useViewState();
  const itemFormations = use(ItemFormationsContext);
  return {
    hovered: ownEntry(itemFormations, hoveredId) ?? NONE,
    selected: ownEntry(itemFormations, selectedId) ?? NONE,
  };
}
