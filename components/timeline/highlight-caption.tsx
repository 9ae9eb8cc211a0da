import { COUNTRY_COLOURS } from "@/lib/map/palette";
import { formatClock } from "@/lib/time/format-clock";
import type { FormationSpan } from "@/lib/timeline/formation-spans";

type Props = { formations: readonly FormationSpan[]; momentCount: number; offsetMinutes: number; words: { estimated: string; noTimedRoute: string; moments: (count: number) => string } };

/**
 * The highlighted formations in words, so the bands and emphasised ticks never rely on colour:
 * "H-6K pair A est. 07:50–10:45 · 9 moments". One line that truncates, with the whole in a
 * tooltip, so the timeline keeps its height.
 */
export function HighlightCaption({ formations, momentCount, offsetMinutes, words: text }: Props) {
  const words = formations.map(
    ({ name, flown }) =>
      `${name} ${flown ? `${flown.estimated ? `${text.estimated} ` : ""}${formatClock(flown.start, offsetMinutes)}–${formatClock(flown.end, offsetMinutes)}` : text.noTimedRoute}`,
  );
  const moments = text.moments(momentCount);
  return (
    <span data-testid="timeline-highlight" className="min-w-0 truncate font-medium text-body" title={[...words, moments].join(" · ")}>
      {formations.map((formation, index) => (
        <span key={formation.id}>
          <span aria-hidden="true" className="mr-1 inline-block h-1.5 w-3 rounded-full align-middle" style={{ background: COUNTRY_COLOURS[formation.country] }} />
          {words[index]} ·{" "}
        </span>
      ))}
      {moments}
    </span>
  );
}
