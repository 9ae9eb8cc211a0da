"use client";

import { useState, type ReactNode } from "react";

/**
 * The side panel on wide screens; on phones a bottom sheet over the map that can be raised to
 * read and lowered to use the map.
 */
export function PanelSheet({ children }: { children: ReactNode }) {
  const [expanded, setExpanded] = useState(false);
  return (
    <aside
      aria-label="Event details"
      data-expanded={expanded}
      data-testid="panel"
      className="fixed inset-x-0 bottom-0 z-20 flex h-[42dvh] flex-col rounded-t-2xl bg-white shadow-[0_-4px_16px_rgba(15,23,42,0.18)] transition-[height] duration-200 data-[expanded=true]:h-[88dvh] motion-reduce:transition-none md:static md:z-auto md:h-full md:w-[26rem] md:shrink-0 md:rounded-none md:border-r md:border-slate-200 md:shadow-none md:data-[expanded=true]:h-full lg:w-[28rem]"
    >
      <button
        type="button"
        onClick={() => setExpanded((value) => !value)}
        aria-expanded={expanded}
        className="flex w-full shrink-0 flex-col items-center gap-1 pt-2 pb-1 text-xs text-slate-600 focus-visible:outline-2 focus-visible:outline-blue-700 md:hidden"
      >
        <span aria-hidden="true" className="h-1.5 w-10 rounded-full bg-slate-300" />
        {expanded ? "Lower the panel to see the map" : "Raise the panel to read more"}
      </button>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">{children}</div>
    </aside>
  );
}
