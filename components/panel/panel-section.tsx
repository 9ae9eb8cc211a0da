import type { ReactNode } from "react";

export function PanelSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-slate-200 px-4 py-4" id={id}>
      <h2 id={`${id}-heading`} className="mb-2 text-xs font-semibold tracking-wider text-slate-600 uppercase">
        {title}
      </h2>
      {children}
    </section>
  );
}
