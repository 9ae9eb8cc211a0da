"use client";

import { useTranslations } from "next-intl";

import { useView, useViewActions } from "@/components/view-state/view-store-provider";
import { LAYER_GROUPS } from "@/lib/url-state/view-state";

/** Checkboxes to show or hide the map's optional layers; the choice is kept in the link. */
export function LayerToggles() {
  const hiddenLayers = useView((state) => state.hiddenGroups);
  const { setGroupVisible } = useViewActions();
  const t = useTranslations("Client.Layers");
  return (
    <fieldset className="border-t border-line-soft px-3 pt-2 pb-3">
      <legend className="sr-only">{t("label")}</legend>
      <p className="mb-1 font-semibold" aria-hidden="true">
        {t("label")}
      </p>
      {LAYER_GROUPS.map((group) => (
        <label key={group} className="flex items-center gap-2 py-0.5">
          <input
            type="checkbox"
            checked={!hiddenLayers.includes(group)}
            onChange={(event) => setGroupVisible(group, event.target.checked)}
            className="h-4 w-4 accent-body"
            data-layer-group={group}
          />
          {t(group)}
        </label>
      ))}
    </fieldset>
  );
}
