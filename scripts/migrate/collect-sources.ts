/** A source record as found in an event, the zones or the registry. */
export type SourceRecord = {
  id: string;
  publisher: string;
  title: string;
  url: string;
  published?: string;
  accessed?: string;
  language: string;
  kind: string;
};

/**
 * The day the reference records were compiled into data/ (the first commit of the event folders).
 * A reference page that states no date is dated by when it was read, not by the event.
 */
const ACCESSED_WHEN_UNSTATED = "2026-11-28";

/** Dates checked by hand against the page itself (issue 14, item 11). */
const STATED_DATES: Record<string, string> = {
  // The J-Wing article with the JSO's April–December 2020 scramble figures is dated 26 January 2021.
  "jwing-fy2020-q3-scrambles": "2021-01-26",
};

/** `published` only where the source states a date; reference pages (Wikimapia, OurAirports, Natural Earth, blogs, wiki copies) get `accessed`. */
function normalise(record: SourceRecord): SourceRecord {
  const { published, accessed, ...rest } = record;
  const stated = STATED_DATES[record.id];
  if (stated) return { ...rest, published: stated };
  if (record.kind === "reference") return { ...rest, accessed: accessed ?? ACCESSED_WHEN_UNSTATED };
  return { ...rest, ...(published ? { published } : {}), ...(accessed ? { accessed } : {}) };
}

const FIELDS = ["publisher", "title", "url", "published", "accessed", "language", "kind"] as const;

/**
 * Merges the registry with the records events and the zones still carry in full. Records with one
 * id must agree on every field once dated by the rules above; where they do not, the conflict is
 * reported (never silently merged). `changesByFile` lists, per file, the dates that moved.
 */
export function collectSources(registry: SourceRecord[], files: { file: string; sources: (SourceRecord | string)[] }[]) {
  const byId = new Map<string, { record: SourceRecord; from: string }>();
  const conflicts: string[] = [];
  const changesByFile = new Map<string, string[]>();
  let merged = 0;
  const add = (raw: SourceRecord, from: string) => {
    const record = normalise(raw);
    if (from !== "data/sources.json") {
      const moved = [raw.published !== record.published ? `${raw.id} ${record.published ? `published ${record.published}` : `accessed ${record.accessed}, no stated publication date`} (was ${raw.published})` : ""].filter(Boolean);
      if (moved.length > 0) changesByFile.set(from, [...(changesByFile.get(from) ?? []), ...moved]);
    }
    const earlier = byId.get(record.id);
    if (!earlier) {
      byId.set(record.id, { record, from });
      return;
    }
    merged += 1;
    const differing = FIELDS.filter((field) => earlier.record[field] !== record[field]);
    if (differing.length > 0) {
      conflicts.push(`  "${record.id}": ${differing.map((field) => `${field} "${earlier.record[field]}" in ${earlier.from} vs "${record[field]}" in ${from}`).join("; ")}`);
    }
  };
  for (const record of registry) add(record, "data/sources.json");
  for (const { file, sources } of files) {
    for (const source of sources) if (typeof source !== "string") add(source, file);
  }
  const records = [...byId.values()].map(({ record }) => record).sort((a, b) => a.id.localeCompare(b.id));
  return { records, conflicts, changesByFile, merged };
}
