import { COUNTRY_COLOURS } from "@/lib/map/palette";
import type { FormationSpan } from "@/lib/timeline/formation-spans";

type Props = { formations: readonly FormationSpan[]; start: number; end: number };

/**
 * The highlighted formations' flown time spans, as bands in their country's colour under the
 * scrubber, one row each. The strip keeps its height when empty so the timeline never jumps under
 * the pointer; the caption (highlight-caption) says the same in words.
 */
export function FormationBands({ formations, start, end }: Props) {
  const span = end - start;
  const flown = formations.flatMap((formation) => (formation.flown ? [{ ...formation, flown: formation.flown }] : []));
  return (
    <div aria-hidden="true" className="relative mt-0.5 h-1.5">
      {flown.map((formation, index) => (
        <div
          key={formation.id}
          data-testid="formation-band"
          data-formation={formation.id}
          className="absolute rounded-full"
          style={{
            left: `${((formation.flown.start - start) / span) * 100}%`,
            width: `${((formation.flown.end - formation.flown.start) / span) * 100}%`,
            top: `${(index / flown.length) * 100}%`,
            height: `${100 / flown.length}%`,
            background: COUNTRY_COLOURS[formation.country],
          }}
        />
      ))}
    </div>
  );
}
