import type { DocumentationLevel, PatrolSummary, Responder } from "./patrol-summary";

/**
 * The dashboard's filters. An empty list means "any". Within one list a patrol needs one match
 * (H-6K or Tu-95MS); across lists it needs all (that bomber, in that sea, in those years).
 */
export type PatrolFilters = {
  fromYear: number | null;
  toYear: number | null;
  bomberTypes: readonly string[];
  regions: readonly string[];
  responders: readonly Responder[];
  documentation: readonly DocumentationLevel[];
};

export const NO_FILTERS: PatrolFilters = { fromYear: null, toYear: null, bomberTypes: [], regions: [], responders: [], documentation: [] };

const anyOf = <Value>(wanted: readonly Value[], has: readonly Value[]) => wanted.length === 0 || wanted.some((value) => has.includes(value));

/** Whether one patrol passes the filters. Pure: the list, the count and the map all use it. */
export function patrolMatches(patrol: PatrolSummary, filters: PatrolFilters): boolean {
  if (filters.fromYear !== null && patrol.year < filters.fromYear) return false;
  if (filters.toYear !== null && patrol.year > filters.toYear) return false;
  return (
    anyOf(filters.bomberTypes, patrol.bomberTypes) &&
    anyOf(
      filters.regions,
      patrol.regions.map((region) => region.id),
    ) &&
    anyOf(filters.responders, patrol.responders) &&
    anyOf(filters.documentation, [patrol.documentation])
  );
}

/** The patrols that pass, in their order. */
export function filterPatrols<Patrol extends PatrolSummary>(patrols: readonly Patrol[], filters: PatrolFilters): Patrol[] {
  return patrols.filter((patrol) => patrolMatches(patrol, filters));
}

/** What the filters can offer, from the patrols themselves: nothing is listed that no patrol has. */
export type FilterOptions = {
  years: { first: number; last: number };
  bomberTypes: string[];
  regions: { id: string; name: string; patrols: number }[];
  documentation: DocumentationLevel[];
};

export function filterOptions(patrols: readonly PatrolSummary[]): FilterOptions {
  const years = patrols.map((patrol) => patrol.year);
  const regions = new Map<string, { id: string; name: string; patrols: number }>();
  for (const patrol of patrols) {
    for (const region of patrol.regions) {
      const entry = regions.get(region.id) ?? { ...region, patrols: 0 };
      entry.patrols += 1;
      regions.set(region.id, entry);
    }
  }
  return {
    years: { first: Math.min(...years), last: Math.max(...years) },
    bomberTypes: [...new Set(patrols.flatMap((patrol) => patrol.bomberTypes))].sort((a, b) => a.localeCompare(b, "en")),
    // Most patrolled first: the seas a reader most likely looks for.
    regions: [...regions.values()].sort((a, b) => b.patrols - a.patrols || a.name.localeCompare(b.name, "en")),
    documentation: (["very good", "good", "weak"] as const).filter((level) => patrols.some((patrol) => patrol.documentation === level)),
  };
}
