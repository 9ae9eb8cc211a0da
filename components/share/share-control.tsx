"use client";

import { useId, useState } from "react";
import { CiteThisView, type CitationFacts } from "./cite-this-view";

/** The look of the header's Share and Export buttons and of the buttons in their panels. */
export const SHARE_BUTTON_CLASS =
  "rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium text-body hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus disabled:opacity-40";

/**
 * Share what is on screen: the address already holds the whole view, so sharing is copying it.
 * Also the system share sheet where the browser has one, and an iframe snippet for /embed.
 */
export function ShareControl({ title, citation }: { title: string; citation?: CitationFacts }) {
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [embedCode, setEmbedCode] = useState("");
  const panelId = useId();
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setConfirmation(`${what} copied`);
    } catch {
      setConfirmation(`Copying was blocked: select the ${what.replace(/^[A-Z][a-z]/, (start) => start.toLowerCase())} below and copy it yourself`);
    }
  };
  const toggle = () => {
    if (!open) setEmbedCode(embedSnippet(title));
    setConfirmation(null);
    setOpen(!open);
  };
  const buttonClass = SHARE_BUTTON_CLASS;

  return (
    <div className="relative">
      <button type="button" className={buttonClass} aria-expanded={open} aria-controls={panelId} onClick={toggle}>
        Share
      </button>
      {open && (
        <div id={panelId} className="absolute right-0 z-30 mt-2 w-[min(22rem,calc(100vw-2rem))] rounded-lg border border-line-soft bg-surface p-3 text-sm shadow-lg" data-testid="share-panel">
          <p className="text-subtle">The link reproduces this view: selection, time, camera and layers.</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <button type="button" className={buttonClass} onClick={() => void copy(window.location.href, "Link")}>
              Copy link
            </button>
            {canShare && (
              <button type="button" className={buttonClass} onClick={() => void navigator.share({ title, url: window.location.href }).catch(() => undefined)}>
                Share…
              </button>
            )}
            <button type="button" className={buttonClass} onClick={() => void copy(embedCode, "Embed code")}>
              Copy embed code
            </button>
          </div>
          {citation && <CiteThisView title={title} facts={citation} onCopy={(text, what) => void copy(text, what)} />}
          <p role="status" className="mt-2 min-h-5 text-positive" data-testid="share-confirmation">
            {confirmation}
          </p>
          <label className="mt-1 block text-xs text-muted">
            Embed code
            <textarea readOnly value={embedCode} rows={3} className="mt-1 w-full rounded border border-line p-1 font-mono text-[11px] text-body" onFocus={(event) => event.target.select()} />
          </label>
        </div>
      )}
    </div>
  );
}

function embedSnippet(title: string): string {
  const url = new URL(window.location.href);
  const eventPath = /^\/events\/([\w-]+)/.exec(url.pathname);
  url.pathname = eventPath ? `/embed/${eventPath[1]}` : "/embed";
  const safeTitle = title.replace(/[<>"&]/g, "");
  return `<iframe src="${url.toString().replace(/"/g, "%22")}" title="${safeTitle}" width="800" height="520" style="border:0" loading="lazy"></iframe>`;
}
