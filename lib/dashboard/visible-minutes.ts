/** One hexagon and the minutes each patrol spent in it (patrol index, minutes), largest first. */
export type DensityCell = { cell: string; minutes: number; patrols: [number, number][] };

/**
 * Minutes per cell over the patrols `visible` lets through: what the density layer draws after a
 * filter. Apart from the binning (density-cells.ts) so the browser never loads H3.
 */
export function visibleMinutes(cells: readonly Pick<DensityCell, "patrols">[], visible: ReadonlySet<number>): number[] {
  return cells.map((cell) => cell.patrols.reduce((total, [patrol, minutes]) => (visible.has(patrol) ? total + minutes : total), 0));
}
