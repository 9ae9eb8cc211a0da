/** Inclusive code point ranges, as a @font-face unicode-range lists them. */
export type CodePointRanges = readonly (readonly [number, number])[];

/** Whether `point` lies in one of `ranges`: the test a browser makes against a face's unicode-range. */
export function inRanges(point: number, ranges: CodePointRanges): boolean {
  return ranges.some(([first, last]) => point >= first && point <= last);
}

/** The distinct characters of `text` whose code points lie in one of `ranges`, in code point order. */
export function charactersInRanges(text: string, ranges: CodePointRanges): string {
  const inside = new Set<number>();
  for (const character of text) {
    const point = character.codePointAt(0) ?? 0;
    if (inRanges(point, ranges)) inside.add(point);
  }
  return String.fromCodePoint(...[...inside].sort((a, b) => a - b));
}
