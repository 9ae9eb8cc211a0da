"use client";

import { useTranslations } from "next-intl";

import { useState } from "react";
import { citeView } from "@/lib/export/citation";

export type CitationFacts = { patrolDate: string; revisionDate: string | null };

/**
 * "Cite this view": the view's citation in two styles, each with a copy button. Built when the
 * share panel opens, from the address at that moment (which holds the whole view) and today's date.
 */
export function CiteThisView({ title, facts, onCopy }: { title: string; facts: CitationFacts; onCopy: (text: string, what: string) => void }) {
  const t = useTranslations("Client.Share");
  const [citations] = useState(() => citeView({ title, ...facts, url: window.location.href, accessed: new Date() }));
  return (
    <section aria-label={t("cite")} className="mt-3 border-t border-line-soft pt-2" data-testid="cite-this-view">
      <h2 className="text-xs font-semibold tracking-wide text-muted uppercase">{t("cite")}</h2>
      <ul className="mt-1 space-y-2">
        {citations.map(({ style, text }) => (
          <li key={style}>
            <div className="flex items-center justify-between gap-2">
              <span className="text-xs font-medium text-subtle">{t("citeStyle", { style })}</span>
              <button type="button" className="rounded border border-line bg-surface px-2 py-0.5 text-xs font-medium text-body hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus" onClick={() => onCopy(text, t("citation", { style }))}>
                {t("copyStyle", { style })}
              </button>
            </div>
            <p className="mt-0.5 text-xs break-words text-body select-all">{text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
