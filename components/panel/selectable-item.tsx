"use client";

import type { ReactNode } from "react";
import { useLinkedFormations, useView, useViewActions } from "@/components/view-state/view-store-provider";
import { itemNameId } from "./item-name";

/**
 * A row in the panel that selects its item on the map, and shows when it is the selection. It also
 * shows as hovered when the pointer rests on something that involves it elsewhere, such as a
 * formation's moment on the timeline. Its children hold the item's name (`ItemName`, which names
 * the button), so this client component receives the id and nothing else the panel already shows.
 */
export function SelectableItem({ id, children }: { id: string; children: ReactNode }) {
  const selectedId = useView((state) => state.selection.id);
  const hoveredId = useView((state) => state.hoveredId);
  const { select, hover } = useViewActions();
  const linked = useLinkedFormations();
  const selected = selectedId === id;
  const hovered = (hoveredId === id || linked.hovered.includes(id)) && !selected;
  return (
    <button
      type="button"
      data-item-id={id}
      data-hovered={hovered || undefined}
      aria-pressed={selected}
      aria-labelledby={itemNameId(id)}
      onClick={() => select(selected ? null : id)}
      onMouseEnter={() => hover(id)}
      onMouseLeave={() => hover(null)}
      onFocus={() => hover(id)}
      onBlur={() => hover(null)}
      className={`w-full rounded-md border px-3 py-2 text-left transition-colors focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus ${
        selected
          ? "border-ink bg-surface-strong shadow-sm"
          : hovered
            ? "border-line-strong bg-surface-muted"
            : "border-transparent hover:border-line hover:bg-surface-muted"
      }`}
    >
      {children}
    </button>
  );
}
