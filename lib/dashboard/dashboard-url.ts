import { createParser, parseAsStringLiteral } from "nuqs/server";
import { parseAsCamera } from "@/lib/url-state/view-state";
import { MAX_PARAMETER_LENGTH } from "@/lib/url-state/limits";
import type { FilterOptions, PatrolFilters } from "./filter-patrols";
import { DOCUMENTATION_LEVELS, RESPONDERS, type DocumentationLevel, type Responder } from "./patrol-summary";

/**
 * The dashboard's URL (/events?from=2022&to=2024&bomber=h-6k&region=east-china-sea&colour=country&map=4.20/36.50/131.00).
 * Every parameter is parsed on its own against what the patrols offer: a value that is not
 * among the options (a typo, `constructor`, `__proto__`) makes that parameter null, which the page
 * reports in a notice and removes; the others still apply. Nothing is looked up on a plain object.
 */
export const COLOUR_MODES = ["year", "country"] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];
export const MAP_MODES = ["routes", "density"] as const;
export type MapMode = (typeof MAP_MODES)[number];

const slug = (value: string) => value.toLowerCase().replace(/\s+/g, "-");

/** A comma-separated list whose every item must be one of `allowed` (by slug); canonical order, no repeats. */
function parseAsOptionList<Value extends string>(allowed: readonly Value[]) {
  const slugs = allowed.map(slug);
  return createParser<Value[]>({
    parse: (text: string) => {
      const items = text.slice(0, MAX_PARAMETER_LENGTH).split(",").filter(Boolean);
      if (items.length === 0 || items.some((item) => !slugs.includes(item))) return null;
      return allowed.filter((_, index) => items.includes(slugs[index]!));
    },
    serialize: (values) => values.map(slug).join(","),
    eq: (a, b) => a.length === b.length && a.every((value) => b.includes(value)),
  });
}

export function parseAsYear({ first, last }: { first: number; last: number }) {
  return createParser<number>({
    parse: (text: string) => (/^\d{4}$/.test(text) && Number(text) >= first && Number(text) <= last ? Number(text) : null),
    serialize: (year) => String(year),
  });
}

function parseAsPatrolId(ids: readonly string[]) {
  return createParser<string>({ parse: (text: string) => (ids.includes(text) ? text : null), serialize: (id) => id });
}

/** The parsers for this set of patrols; server and client build the same ones from the same options. */
export function dashboardParsers(options: FilterOptions, patrolIds: readonly string[]) {
  return {
    from: parseAsYear(options.years),
    to: parseAsYear(options.years),
    bomber: parseAsOptionList(options.bomberTypes),
    region: parseAsOptionList(options.regions.map((region) => region.id)),
    responder: parseAsOptionList<Responder>(RESPONDERS),
    doc: parseAsOptionList<DocumentationLevel>(DOCUMENTATION_LEVELS),
    colour: parseAsStringLiteral(COLOUR_MODES),
    view: parseAsStringLiteral(MAP_MODES),
    patrol: parseAsPatrolId(patrolIds),
    // The event pages' camera parameter ("zoom/latitude/longitude"): written as the reader moves the map, read when the map starts.
    map: parseAsCamera,
  };
}

export type DashboardParsers = ReturnType<typeof dashboardParsers>;
export type DashboardKey = keyof DashboardParsers;
export type DashboardUrlState = { [Key in DashboardKey]: ReturnType<DashboardParsers[Key]["parse"]> };

/** Parses every parameter on its own; `rejected` names those present but unusable. Never throws. */
export function readDashboardLink(search: URLSearchParams, parsers: DashboardParsers): { state: DashboardUrlState; rejected: DashboardKey[] } {
  const state = {} as Record<DashboardKey, unknown>;
  const rejected: DashboardKey[] = [];
  for (const key of Object.keys(parsers) as DashboardKey[]) {
    const raw = search.get(key);
    state[key] = raw === null ? null : parsers[key].parse(raw);
    if (raw !== null && state[key] === null) rejected.push(key);
  }
  return { state: state as DashboardUrlState, rejected };
}

/** The filters a link's state asks for; a reversed year range is read as written the other way round. */
export function filtersOf(state: Pick<DashboardUrlState, "from" | "to" | "bomber" | "region" | "responder" | "doc">): PatrolFilters {
  const [fromYear, toYear] = state.from !== null && state.to !== null && state.from > state.to ? [state.to, state.from] : [state.from, state.to];
  return {
    fromYear,
    toYear,
    bomberTypes: state.bomber ?? [],
    regions: state.region ?? [],
    responders: state.responder ?? [],
    documentation: state.doc ?? [],
  };
}
