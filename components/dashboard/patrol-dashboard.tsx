"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { UrlNotice } from "@/components/view-state/url-notice";
import type { FilterOptions } from "@/lib/dashboard/filter-patrols";
import type { PatrolSummary } from "@/lib/dashboard/patrol-summary";
import type { DashboardFraming } from "@/lib/dashboard/dashboard-framing";
import { unionOf } from "@/lib/dashboard/dashboard-framing";
import type { Camera } from "@/lib/url-state/camera";
import { DashboardMap } from "./dashboard-map";
import { MapKey } from "./map-key";
import { PatrolFiltersForm, type FilterChange } from "./patrol-filters";
import { PatrolList } from "./patrol-list";
import { PatrolSummaryCard } from "./patrol-summary-card";
import { DashboardProvider, useDashboard } from "./dashboard-store";
import { filtersOf, type DashboardUrlState } from "@/lib/dashboard/dashboard-url";
import { filterPatrols } from "@/lib/dashboard/filter-patrols";

type Props = {
  patrols: PatrolSummary[];
  options: FilterOptions;
  /** The map's first view, every patrol's frame and each patrol's (lib/dashboard/dashboard-framing.ts). */
  framing: DashboardFraming;
  /** The Tsushima Strait's name in the page's language. */
  straitName: string;
  timeStrip: ReactNode;
  /** Said above the list on a page whose language is not the titles' (English). */
  titlesNote: string | null;
};

/**
 * /events: every patrol on one map, the list beside it (below on a phone), the filters and the
 * time strip. The URL holds the filters and the selection; hover is this component's state.
 */
export function PatrolDashboard(props: Props) {
  const patrolIds = useMemo(() => props.patrols.map((patrol) => patrol.id), [props.patrols]);
  // The same filter the list and the map use, for the store's framing of a selection.
  const shownBy = useCallback((url: DashboardUrlState) => new Set(filterPatrols(props.patrols, filtersOf(url)).map((patrol) => patrol.id)), [props.patrols]);
  return (
    <DashboardProvider options={props.options} patrolIds={patrolIds} patrolBounds={props.framing.patrols} shownBy={shownBy}>
      <DashboardLayout {...props} />
    </DashboardProvider>
  );
}

function DashboardLayout({ patrols, options, framing, straitName, timeStrip, titlesNote }: Props) {
  const t = useTranslations("Client.Dashboard");
  const linkNotice = useTranslations("Client.LinkNotice");
  const url = useDashboard((state) => state.url);
  const setUrl = useDashboard((state) => state.write);
  const problems = useDashboard((state) => state.problems);
  const dismissProblems = useDashboard((state) => state.dismissProblems);
  const frame = useDashboard((state) => state.frame);
  const frameBounds = useDashboard((state) => state.frameBounds);
  const filters = useMemo(() => filtersOf(url), [url]);
  const visible = useMemo(() => filterPatrols(patrols, filters), [patrols, filters]);
  const [hovered, setHovered] = useState<number | null>(null);
  const visibleIndexes = useMemo(() => (visible.length === patrols.length ? null : visible.map((patrol) => patrol.index)), [visible, patrols.length]);
  const visibleSet = useMemo(() => new Set(visible.map((patrol) => patrol.index)), [visible]);
  const selectedPatrol = patrols.find((patrol) => patrol.id === url.patrol) ?? null;
  const selected = selectedPatrol?.index ?? null;
  const colour = url.colour ?? "year";
  const mode = url.view ?? "routes";
  const select = useCallback((patrol: number | null) => setUrl({ patrol: patrol === null ? null : (patrols[patrol]?.id ?? null) }, { history: "push" }), [patrols, setUrl]);
  // Replaced, not pushed: Back and Forward step through selections and filters, not every pan.
  const moved = useCallback((camera: Camera) => setUrl({ map: camera }), [setUrl]);
  const handlers = useMemo(() => ({ hover: setHovered, select, moved }), [select, moved]);
  const mapArea = useRef<HTMLDivElement>(null);
  const selectInList = useCallback(
    (patrol: number | null) => {
      select(patrol);
      // On a phone the list is below the map: bring the map back into view so the reader sees the frame.
      const box = mapArea.current?.getBoundingClientRect();
      if (patrol === null || !box || (box.top >= 0 && box.bottom <= window.innerHeight)) return;
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      mapArea.current?.scrollIntoView({ block: "start", behavior: reduceMotion ? "instant" : "smooth" });
    },
    [select],
  );
  // "Show all patrols" frames the patrols the filters show; every patrol when none is shown.
  const showAll = useCallback(() => frameBounds(unionOf(visible.map((patrol) => framing.patrols[patrol.index]!)) ?? framing.all), [frameBounds, visible, framing]);
  const crossing = visible.filter((patrol) => patrol.crossesTsushimaStrait).length;

  return (
    <div className="flex flex-col lg:min-h-0 lg:flex-1 lg:flex-row">
      <div className="flex min-w-0 flex-col lg:flex-1">
        <div ref={mapArea} className="h-[62svh] min-h-0 lg:h-auto lg:flex-1">
          <DashboardMap
            bounds={framing.start}
            patrolCount={patrols.length}
            // A selected patrol the filters hide is not lit on the map (the summary stays).
            view={{ colourBy: colour, mode, visible: visibleIndexes, hovered, selected: selected !== null && visibleSet.has(selected) ? selected : null, frame }}
            handlers={handlers}
            showAll={showAll}
          />
        </div>
        <div className="border-t border-line-soft bg-surface">{timeStrip}</div>
      </div>
      {/* On wide screens the whole column scrolls: the filters in a longer language (Russian) fill a short screen, and a list of its own scrolling would be left no height. */}
      <aside className="flex min-h-0 flex-col border-line-soft bg-surface lg:w-[26rem] lg:overflow-y-auto lg:border-l" aria-label={t("aside")}>
        <div className="shrink-0 space-y-3 border-b border-line-soft p-3">
          <p role="status" aria-live="polite" className="text-base font-semibold text-ink" data-testid="patrol-count">
            {t("count", { shown: visible.length, total: patrols.length })}
          </p>
          <MapKey colour={colour} mode={mode} />
          <p className="text-sm text-body" data-testid="strait-fact">
            {t("straitFact", { strait: straitName, crossing, shown: visible.length })}
          </p>
          {selectedPatrol && <PatrolSummaryCard patrol={selectedPatrol} onClose={() => select(null)} />}
          <details className="group" open>
            <summary className="cursor-pointer text-sm font-medium text-subtle">{t("filtersToggle")}</summary>
            <div className="mt-2">
              <PatrolFiltersForm
                options={options}
                filters={filters}
                colour={colour}
                mode={mode}
                onChange={(change: FilterChange) => setUrl(change)}
                onReset={() => setUrl({ from: null, to: null, bomber: null, region: null, responder: null, doc: null })}
              />
            </div>
          </details>
        </div>
        <div className="flex-1">
          {titlesNote && (
            <p className="mx-3 mt-2 rounded-md border border-info-line bg-info-surface px-2 py-1 text-xs text-info" data-testid="english-content-note">
              {titlesNote}
            </p>
          )}
          <PatrolList patrols={patrols} visible={visibleSet} hovered={hovered} selected={selected} onHover={setHovered} onSelect={selectInList} />
          {visible.length === 0 && <p className="p-3 text-sm text-muted">{t("noMatch")}</p>}
        </div>
      </aside>
      {problems.length > 0 && (
        <UrlNotice onDismiss={dismissProblems}>
          {linkNotice("intro", { problems: problems.map(({ key, value }) => linkNotice("parameter", { name: t(`parameters.${key}`), value })).join(linkNotice("separator")) })}
        </UrlNotice>
      )}
    </div>
  );
}
