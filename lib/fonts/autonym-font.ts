import { inRanges } from "./characters-in-ranges";

/**
 * CJK text every page may show outside its own language: the switcher names each language in
 * itself (日本語, 한국어, 简体中文), and a statement's quote is shown in the language it was said
 * in. Only a locale's own page loads its script's Noto Sans (lib/fonts/cjk-fonts.ts), so on other
 * pages, on a machine with no CJK font, these were boxes. scripts/copy-fonts.ts cuts, from each
 * language's @fontsource slices, a font of just these characters (a few KB, family
 * `extraFontFamily(locale)`), and app/globals.css gives it to text in that language (`:lang(ja)` …)
 * after Noto Sans, so each is drawn in its own language's glyph forms.
 */
export const EXTRA_FONT_DIRECTORY = "/fonts/extras";

export function extraFontFamily(locale: string): string {
  return `Sortie extras ${locale}`;
}

/** One slice of a @fontsource stylesheet: its file and the code points its unicode-range covers. */
export type FontSlice = { file: string; ranges: [number, number][] };

/** The slices of a @fontsource stylesheet (`src: url(./files/x.woff2)` and `unicode-range: U+4e00-4e0f,U+4e2d`). */
export function fontSlices(css: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const rule of css.split("@font-face").slice(1)) {
    const file = /url\(\.\/files\/([\w-]+\.woff2)\)/.exec(rule)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(",").map((part): [number, number] => {
      const [start, end] = part.trim().replace(/^U\+/i, "").split("-");
      const first = Number.parseInt(start ?? "", 16);
      return [first, end === undefined ? first : Number.parseInt(end, 16)];
    });
    slices.push({ file, ranges });
  }
  return slices;
}

/** Which slice holds each character of `text` (spaces aside): file → the characters to cut from it. */
export function charactersBySlice(text: string, slices: readonly FontSlice[]): Map<string, string> {
  const wanted = new Map<string, string>();
  for (const character of new Set(text.replace(/\s/g, ""))) {
    const point = character.codePointAt(0) ?? 0;
    const slice = slices.find(({ ranges }) => inRanges(point, ranges));
    if (!slice) throw new Error(`no @fontsource slice covers “${character}” (U+${point.toString(16)})`);
    wanted.set(slice.file, (wanted.get(slice.file) ?? "") + character);
  }
  return wanted;
}

/** A unicode-range for exactly these characters. */
export function unicodeRangeOf(characters: string): string {
  return [...characters].map((character) => `U+${(character.codePointAt(0) ?? 0).toString(16)}`).join(",");
}
