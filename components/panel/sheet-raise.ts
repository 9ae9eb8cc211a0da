"use client";

import { createContext, useContext, useEffect } from "react";

/**
 * How a panel opened inside the phone's bottom sheet (Export, Share) raises the sheet while it is
 * open: in the peeking or half-raised sheet it would open below the fold, where the reader can
 * neither see nor use it. The sheet returns to where it was when the panel closes
 * (components/panel/panel-sheet.tsx). Outside a sheet (an embed, the landing list) there is none.
 */
export type SheetRaise = { raise: () => void; release: () => void };

export const SheetRaiseContext = createContext<SheetRaise | null>(null);

export function useRaiseSheetWhile(open: boolean) {
  const sheet = useContext(SheetRaiseContext);
  useEffect(() => {
    if (!open || !sheet) return;
    sheet.raise();
    return sheet.release;
  }, [open, sheet]);
}
