import type { ReactNode } from "react";

/** The id of an item's name in the panel, which names its button (components/panel/selectable-item.tsx). */
export function itemNameId(itemId: string): string {
  return `item-name-${itemId}`;
}

/**
 * An item's name inside its panel button, with what the button does for screen readers. The
 * button takes its accessible name from here (aria-labelledby) instead of an aria-label that would
 * repeat the name in the HTML and again in the page's payload.
 */
export function ItemName({ itemId, action, className, children }: { itemId: string; action: string; className?: string; children: ReactNode }) {
  return (
    <span id={itemNameId(itemId)} className={className}>
      {children}
      <span className="sr-only">: {action}</span>
    </span>
  );
}
