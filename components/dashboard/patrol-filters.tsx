"use client";

import type { ReactNode } from "react";
import type { ColourMode, MapMode } from "@/lib/dashboard/dashboard-url";
import type { FilterOptions, PatrolFilters } from "@/lib/dashboard/filter-patrols";
import { RESPONDERS, type DocumentationLevel, type Responder } from "@/lib/dashboard/patrol-summary";

const RESPONDER_NAMES: Record<Responder, string> = { japan: "Japan", "south-korea": "South Korea" };

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
  return (
    <form className="grid gap-3" onSubmit={(event) => event.preventDefault()} aria-label="Filter the patrols">
      <Group legend="Bomber type">
        {options.bomberTypes.map((type) => (
          <Check key={type} label={type} checked={filters.bomberTypes.includes(type)} onChange={(on) => onChange({ bomber: toggled(filters.bomberTypes, type, on) })} />
        ))}
      </Group>
      <p className="-mt-2 text-xs text-muted">H-6 and Tu-95 where the sources do not name the variant.</p>
      <Group legend="Region">
        {options.regions.map((region) => (
          <Check key={region.id} label={region.name} checked={filters.regions.includes(region.id)} onChange={(on) => onChange({ region: toggled(filters.regions, region.id, on) })} />
        ))}
      </Group>
      <Group legend="Responders">
        {RESPONDERS.map((country) => (
          <Check key={country} label={RESPONDER_NAMES[country]} checked={filters.responders.includes(country)} onChange={(on) => onChange({ responder: toggled(filters.responders, country, on) })} />
        ))}
        <Check label="US / Canada" checked={false} disabled />
      </Group>
      <p className="-mt-2 text-xs text-muted">
        US / Canada cannot be filtered: the data records Japan’s and South Korea’s scrambles as responses, while NORAD’s intercept near Alaska (24 July 2024)
        is only in that event’s text.
      </p>
      <Group legend="Documentation">
        {options.documentation.map((level) => (
          <Check key={level} label={level} checked={filters.documentation.includes(level)} onChange={(on) => onChange({ doc: toggled(filters.documentation, level, on) })} />
        ))}
      </Group>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <Group legend="Colour routes by">
          {(["year", "country"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-1.5 text-sm text-body">
              <input type="radio" name="colour" checked={colour === value} onChange={() => onChange({ colour: value === "year" ? null : value })} className="accent-[var(--color-focus)]" />
              {value}
            </label>
          ))}
        </Group>
        <Group legend="Map shows">
          {(["routes", "density"] as const).map((value) => (
            <label key={value} className="inline-flex items-center gap-1.5 text-sm text-body">
              <input type="radio" name="mode" checked={mode === value} onChange={() => onChange({ view: value === "routes" ? null : value })} className="accent-[var(--color-focus)]" />
              {value === "routes" ? "routes" : "density (time spent)"}
            </label>
          ))}
        </Group>
      </div>
      <button type="button" onClick={onReset} className="justify-self-start rounded border border-line px-2 py-0.5 text-sm text-subtle hover:bg-surface-strong">
        Clear filters
      </button>
    </form>
  );
}
