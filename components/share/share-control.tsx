"use client";

import { useTranslations } from "next-intl";
import { localePath, splitLocalePath } from "@/lib/i18n/locales";

import { useId, useState } from "react";
import { DeferredWords, usePanelWordsWhenIdle } from "@/components/i18n/deferred-words";
import { CiteThisView, type CitationFacts } from "./cite-this-view";
import { useHeaderPanel } from "./use-header-panel";

/** The look of the header's Share and Export buttons and of the buttons in their panels. */
export const SHARE_BUTTON_CLASS =
  "rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium text-body hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus disabled:opacity-40";

/**
 * Share what is on screen: the address already holds the whole view, so sharing is copying it.
 * Also the system share sheet where the browser has one, and an iframe snippet for /embed.
 */
export function ShareControl({ title, citation }: { title: string; citation?: CitationFacts }) {
  const { open, setOpen, buttonRef, onKeyDown } = useHeaderPanel();
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [embedCode, setEmbedCode] = useState("");
  const panelId = useId();
  const t = useTranslations("Client.Share");
  // The panel's words come with it (components/i18n/deferred-words.tsx): fetched while the reader is still reading.
  usePanelWordsWhenIdle();
  const toggle = () => {
    if (!open) setEmbedCode(embedSnippet(title));
    setConfirmation(null);
    setOpen(!open);
  };

  return (
    <div onKeyDown={onKeyDown}>
      <button ref={buttonRef} type="button" className={SHARE_BUTTON_CLASS} aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        {t("button")}
      </button>
      {open && (
        <DeferredWords>
          <SharePanel id={panelId} title={title} citation={citation} embedCode={embedCode} confirmation={confirmation} onConfirmation={setConfirmation} />
        </DeferredWords>
      )}
    </div>
  );
}

type PanelProps = { id: string; title: string; citation?: CitationFacts; embedCode: string; confirmation: string | null; onConfirmation: (text: string) => void };

function SharePanel({ id, title, citation, embedCode, confirmation, onConfirmation }: PanelProps) {
  const t = useTranslations("Client.Share");
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";
  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      onConfirmation(t("copied", { what }));
    } catch {
      onConfirmation(t("copyBlocked", { what }));
    }
  };
  const buttonClass = SHARE_BUTTON_CLASS;
  return (
    <div id={id} className="absolute right-4 z-30 mt-2 w-[min(22rem,calc(100vw-2rem))] rounded-lg border border-line-soft bg-surface p-3 text-sm shadow-lg" data-testid="share-panel">
      <p className="text-subtle">{t("intro")}</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={() => void copy(window.location.href, t("link"))}>
          {t("copyLink")}
        </button>
        {canShare && (
          <button type="button" className={buttonClass} onClick={() => void navigator.share({ title, url: window.location.href }).catch(() => undefined)}>
            {t("shareSheet")}
          </button>
        )}
        <button type="button" className={buttonClass} onClick={() => void copy(embedCode, t("embedCode"))}>
          {t("copyEmbed")}
        </button>
      </div>
      {citation && <CiteThisView title={title} facts={citation} onCopy={(text, what) => void copy(text, what)} />}
      <p role="status" className="mt-2 min-h-5 text-positive" data-testid="share-confirmation">
        {confirmation}
      </p>
      <label className="mt-1 block text-xs text-muted">
        {t("embedCode")}
        <textarea readOnly value={embedCode} rows={3} className="mt-1 w-full rounded border border-line p-1 font-mono text-[11px] text-body" onFocus={(event) => event.target.select()} />
      </label>
    </div>
  );
}

function embedSnippet(title: string): string {
  const url = new URL(window.location.href);
  // The embed in the page's language: /ja/events/<id> → /ja/embed/<id>.
  const { locale, path } = splitLocalePath(url.pathname);
  const eventPath = /^\/events\/([\w-]+)/.exec(path);
  url.pathname = localePath(locale, eventPath ? `/embed/${eventPath[1]}` : "/embed");
  const safeTitle = title.replace(/[<>"&]/g, "");
  return `<iframe src="${url.toString().replace(/"/g, "%22")}" title="${safeTitle}" width="800" height="520" style="border:0" loading="lazy"></iframe>`;
}
