"use client";

import { useTranslations } from "next-intl";

/** Opens the drop zone's file input (geojson-drop-zone.tsx) from wherever the control is shown. */
export function OpenGeojsonButton({ inputId }: { inputId: string }) {
  const t = useTranslations("Client.Import");
  return (
    <button
      type="button"
      onClick={() => document.getElementById(inputId)?.click()}
      className="rounded-md border border-line bg-surface px-2.5 py-1 text-sm font-medium text-body hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-focus"
    >
      {t("openButton")}
    </button>
  );
}
