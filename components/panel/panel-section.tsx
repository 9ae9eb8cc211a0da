import type { ReactNode } from "react";

export function PanelSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-line-soft px-4 py-4" id={id}>
      <h2 id={`${id}-heading`} className="mb-2 text-xs font-semibold tracking-wider text-muted uppercase">
        {title}
      </h2>
      {children}
    </section>
  );
}
