"use client";

import { useTranslations } from "next-intl";

import type { ReactNode } from "react";

/** A small dismissible notice for a link parameter that could not be used. */
export function UrlNotice({ children, onDismiss }: { children: ReactNode; onDismiss: () => void }) {
  const t = useTranslations("Client.Notice");
  return (
    <div
      role="status"
      data-testid="url-notice"
      className="fixed top-3 left-1/2 z-50 flex w-[min(92vw,32rem)] -translate-x-1/2 items-start gap-3 rounded-lg border border-notice-line bg-notice-surface px-4 py-3 text-sm text-notice-ink-strong shadow-lg"
    >
      <p className="flex-1">{children}</p>
      <button type="button" onClick={onDismiss} className="rounded px-2 py-0.5 font-medium hover:bg-notice-surface-strong focus-visible:outline-2 focus-visible:outline-notice-mark">
        {t("dismiss")}
      </button>
    </div>
  );
}
