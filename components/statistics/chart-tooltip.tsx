"use client";

import { useRef, useState, type FocusEvent, type PointerEvent, type ReactNode } from "react";

type Tip = { text: string; left: number; top: number };

/**
 * Shows the text of the mark (marked `data-tooltip`) under the pointer or holding keyboard focus. The
 * chart itself is server-rendered SVG; this leaf only positions one box. The text is the mark's
 * aria-label, written once so the page carries it once; screen readers read that, so the box is
 * hidden from them.
 */
export function ChartTooltip({ children }: { children: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | null>(null);

  function show(event: PointerEvent | FocusEvent) {
    const target = (event.target as Element).closest("[data-tooltip]");
    const box = container.current;
    if (!target || !box) return setTip(null);
    const bounds = box.getBoundingClientRect();
    const mark = target.getBoundingClientRect();
    // Kept inside the chart's box so it never runs off a phone's screen.
    const half = Math.min(144, bounds.width / 2);
    const centre = Math.min(Math.max(mark.left + mark.width / 2 - bounds.left, half), bounds.width - half);
    setTip({ text: target.getAttribute("aria-label") ?? "", left: centre, top: Math.max(mark.top - bounds.top, 0) });
  }

  return (
    <div ref={container} className="relative" onPointerOver={show} onFocus={show} onPointerLeave={() => setTip(null)} onBlur={() => setTip(null)}>
      {children}
      {tip && (
        <div
          aria-hidden="true"
          data-testid="chart-tooltip"
          className="pointer-events-none absolute z-10 w-max max-w-72 -translate-x-1/2 -translate-y-full rounded border border-line bg-surface px-2 py-1 text-xs whitespace-pre-line text-ink shadow-md"
          style={{ left: tip.left, top: tip.top - 4 }}
        >
          {tip.text}
        </div>
      )}
    </div>
  );
}
