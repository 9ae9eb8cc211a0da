/** Hour steps a label may skip by: each divides a day, so labelled hours read as round numbers. */
const STEPS = [1, 2, 3, 4, 6, 12] as const;

/** At most this many hour labels fit across a chart this wide, each about 36 px ("+30 h") with room between. */
export const MOST_LABELS = { wide: 14, narrow: 7 } as const;

export type ClockTick = { hour: number; label: { wide: boolean; narrow: boolean } };

/**
 * One tick per whole hour from `from` to `to`, and which of them carry a label on a wide chart
 * and on a narrow (phone) one: every `step` hours from zero, the smallest step that keeps the
 * labels within MOST_LABELS so none overlaps another.
 */
export function clockTicks(from: number, to: number): ClockTick[] {
  const wide = labelStep(from, to, MOST_LABELS.wide);
  const narrow = labelStep(from, to, MOST_LABELS.narrow);
  return Array.from({ length: to - from + 1 }, (_, index) => {
    const hour = from + index;
    return { hour, label: { wide: hour % wide === 0, narrow: hour % narrow === 0 } };
  });
}

function labelStep(from: number, to: number, most: number): number {
  const count = (step: number) => Math.floor(to / step) - Math.ceil(from / step) + 1;
  return STEPS.find((step) => count(step) <= most) ?? STEPS[5];
}
