/** The distinct characters of `text` whose code points lie in one of `ranges` (inclusive), in code point order. */
export function charactersInRanges(text: string, ranges: readonly (readonly [number, number])[]): string {
  const inside = new Set<number>();
  for (const character of text) {
    const point = character.codePointAt(0) ?? 0;
    if (ranges.some(([first, last]) => point >= first && point <= last)) inside.add(point);
  }
  return String.fromCodePoint(...[...inside].sort((a, b) => a - b));
}
