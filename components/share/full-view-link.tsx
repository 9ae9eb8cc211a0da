"use client";

import { useTranslations } from "next-intl";

import type { SyntheticEvent } from "react";

/** From an embed back to the full view, carrying the embed's current view state in the query. */
export function FullViewLink({ path }: { path: string }) {
  const t = useTranslations("Client.Share");
  // The query changes as the reader plays and pans; read it when the link is about to be used.
  const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = `${path}${window.location.search}`;
  };
  return (
    <a
      href={path}
      target="_top"
      onPointerDown={refresh}
      onFocus={refresh}
      onMouseEnter={refresh}
      onClick={refresh}
      className="rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium text-body shadow-sm hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-focus"
    >
      {t("openFullView")} ↗
    </a>
  );
}
