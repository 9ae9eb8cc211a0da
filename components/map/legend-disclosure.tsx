"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A <details> that starts open on wide screens and closed on phones, where the legend would
 * otherwise cover the routes. Server HTML is closed; the open state is set once after mount.
 */
export function LegendDisclosure({ children, className }: { children: ReactNode; className: string }) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (detailsRef.current && window.matchMedia("(min-width: 768px)").matches) detailsRef.current.open = true;
  }, []);
  return (
    <details ref={detailsRef} className={className} data-testid="legend">
      {children}
    </details>
  );
}
