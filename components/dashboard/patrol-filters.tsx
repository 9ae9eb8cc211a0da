"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ColourMode, MapMode } from "@/lib/dashboard/dashboard-url";
import type { FilterOptions, PatrolFilters } from "@/lib/dashboard/filter-patrols";
import { RESPONDERS, type DocumentationLevel, type Responder } from "@/lib/dashboard/patrol-summary";
import { patrolDate } from "./locale-format";

/** The one patrol where a response other than Japan's or South Korea's (NORAD's) is in the text only. */
const NORAD_INTERCEPT_DATE = "2024-07-24";

export type FilterChange = Partial<{ bomber: string[] | null; region: string[] | null; responder: Responder[] | null; doc: DocumentationLevel[] | null; colour: ColourMode | null; view: MapMode | null }>;

type Props = { options: FilterOptions; filters: PatrolFilters; colour: ColourMode; mode: MapMode; onChange: (change: FilterChange) => void; onReset: () => void };

const toggled = <Value,>(list: readonly Value[], value: Value, on: boolean): Value[] | null => {
  const next = on ? [...list, value] : list.filter((item) => item !== value);
  return next.length === 0 ? null : next;
};

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-xs font-semibold tracking-wide text-muted uppercase">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1">{children}</div>
    </fieldset>
  );
}

function Check({ label, checked, onChange, disabled }: { label: string; checked: boolean; onChange?: (on: boolean) => void; disabled?: boolean }) {
  return (
    <label className={`inline-flex items-center gap-1.5 text-sm ${disabled ? "text-faint" : "text-body"}`}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(event) => onChange?.(event.target.checked)} className="accent-[var(--color-focus)]" />
      {label}
    </label>
  );
}

/** The dashboard's filters and map settings; every one is a URL parameter (lib/dashboard/dashboard-url.ts). */
export function PatrolFiltersForm({ options, filters, colour, mode, onChange, onReset }: Props) {
  const t = useTranslations("Client.Dashboard");
  const locale = useLocale();
  return (
    <form className="grid gap-3" onSubmit={(event) => event.preventDefault()} aria-label={t("filters.label")}>
      <Group legend={t("filters.bomber")}>
        {options.bomberTypes.map((type) => (
          <Check key={type} label={type} checked={filters.bomberTypes.includes(type)} onChange={(on) => onChange({ bomber: toggled(filters.bomberTypes, type, on) })} />
        ))}
      </Group>
      <p className="-mt-2 text-xs text-muted">{t("filters.variantNote")}</p>
      <Group legend={t("filters.region")}>
        {options.regions.map((region) => (
          <Check key={region.id} label={region.name} checked={filters.regions.includes(region.id)} onChange={(on) => onChange({ region: toggled(filters.regions, region.id, on) })} />
        ))}
      </Group>
      <Group legend={t("filters.responders")}>
        {RESPONDERS.map((country) => (
          <Check key={country} label={t(`countries.${country}`)} checked={filters.responders.includes(country)} onChange={(on) => onChange({ responder: toggled(filters.responders, country, on) })} />
        ))}
        <Check label={t("filters.usCanada")} checked={false} disabled />
      </Group>
      <p className="-mt-2 text-xs text-muted">{t("filters.usCanadaNote", { date: patrolDate(NORAD_INTERCEPT_DATE, locale, "long") })}</p>
      <Group legend={t("filters.documentation")}>
        {options.documentation.map((level) => (
          <Check key={level} label={t(`quality.${level}`)} checked={filters.documentation.includes(level)} onChange={(on) => onChange({ doc: toggled(filters.documentation, level, on) })} />
        ))}
      </Group>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <Group legend={t("filters.colourBy")}>
          {(["year", "country"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-1.5 text-sm text-body">
              <input type="radio" name="colour" checked={colour === value} onChange={() => onChange({ colour: value === "year" ? null : value })} className="accent-[var(--color-focus)]" />
              {t(`filters.${value}`)}
            </label>
          ))}
        </Group>
        <Group legend={t("filters.mapShows")}>
          {(["routes", "density"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-1.5 text-sm text-body">
              <input type="radio" name="mode" checked={mode === value} onChange={() => onChange({ view: value === "routes" ? null : value })} className="accent-[var(--color-focus)]" />
              {t(`filters.${value}`)}
            </label>
          ))}
        </Group>
      </div>
      <button type="button" onClick={onReset} className="justify-self-start rounded border border-line px-2 py-0.5 text-sm text-subtle hover:bg-surface-strong">
        {t("filters.clear")}
      </button>
    </form>
  );
}
