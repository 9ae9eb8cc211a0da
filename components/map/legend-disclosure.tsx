"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A <details> that is closed on phones and in embeds, where it would otherwise cover the map, and
 * opens by itself on wide screens when asked to. Server HTML is closed; the open state is set once
 * after mount.
 */
export function LegendDisclosure({ children, className, openOnWideScreens }: { children: ReactNode; className: string; openOnWideScreens: boolean }) {
  const detailsRef = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (openOnWideScreens && detailsRef.current && window.matchMedia("(min-width: 768px)").matches) detailsRef.current.open = true;
  }, [openOnWideScreens]);
  return (
    <details ref={detailsRef} className={className} data-testid="legend">
      {children}
    </details>
  );
}
