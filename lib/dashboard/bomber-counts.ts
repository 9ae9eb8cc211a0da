/** An aircraft entry as the event data gives it: a type as the sources name it, and a count or null. */
type ReportedAircraft = { type: string; count: number | null };

/**
 * "4 × H-6K + 2 × Tu-95MS": one term per type as the sources name it, summed over formations (two
 * formations of two H-6K are four H-6K, not "2 × H-6K + 2 × H-6K"). A type with any count not
 * reported keeps its terms apart, with "?" for the unknown one, so no total claims more than the
 * sources gave.
 */
export function bomberCounts(bombers: readonly ReportedAircraft[]): string {
  const byType = new Map<string, (number | null)[]>();
  for (const { type, count } of bombers) byType.set(type, [...(byType.get(type) ?? []), count]);
  return [...byType]
    .flatMap(([type, counts]) =>
      counts.every((count) => count !== null)
        ? [`${counts.reduce((sum, count) => sum + count, 0)} × ${type}`]
        : counts.map((count) => `${count ?? "?"} × ${type}`),
    )
    .join(" + ");
}
