"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { useRaiseSheetWhile } from "@/components/panel/sheet-raise";

/**
 * The open state of a panel under a header button (Export, Share): on a phone it raises the bottom
 * sheet while open, so the panel is never opened out of sight, and Escape closes it and gives focus
 * back to its button, so a keyboard reader is not left inside a panel that is gone.
 */
export function useHeaderPanel() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useRaiseSheetWhile(open);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };
  return { open, setOpen, buttonRef, onKeyDown };
}
