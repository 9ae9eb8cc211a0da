/**
 * The phone's bottom sheet (components/panel/panel-sheet.tsx): whether the reader raised it, and
 * how panels opened inside it (Export, Share) raise it while open and then give it back as it was.
 * `holds` counts the open panels; `before` is the reader's state when the first one opened.
 */
export type SheetState = { expanded: boolean; before: boolean | null; holds: number };
export type SheetAction = "toggle" | "raise" | "release";

export function sheetReducer(state: SheetState, action: SheetAction): SheetState {
  switch (action) {
    // The reader's own choice stands: a panel closing later does not undo it.
    case "toggle":
      return { ...state, expanded: !state.expanded, before: null };
    case "raise":
      return state.holds === 0 ? { expanded: true, before: state.expanded, holds: 1 } : { ...state, holds: state.holds + 1 };
    case "release": {
      const holds = Math.max(0, state.holds - 1);
      if (holds > 0) return { ...state, holds };
      return { expanded: state.before ?? state.expanded, before: null, holds };
    }
  }
}
