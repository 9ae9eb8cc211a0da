/**
 * Noto Sans, served by the app from its own folder rather than through the bundler. Why: the page
 * can then preload the files it needs by a URL known before the build (a bundled font's URL carries
 * a hash), so the text is laid out and painted once, in its font, instead of once in a fallback font
 * and again when the font arrives. scripts/copy-fonts.ts writes the files and the @font-face rules.
 */
export const FONT_DIRECTORY = "/fonts/noto-sans";

/** The weights the app uses (app/globals.css: body text 400, headings and labels 600). */
export const FONT_WEIGHTS = [400, 600] as const;

/**
 * Preloaded by every page: the Latin files of both weights, which every page's first view uses.
 * Other scripts (Latin Extended, Cyrillic, Greek...) load only when a page has a character in their
 * unicode-range. Latin Extended letters the app's own text uses come from a small cut of that face
 * (scripts/copy-fonts.ts), so the landing page's one such letter does not load the whole face.
 */
export const PRELOADED_FONT_FILES = ["noto-sans-latin-400-normal.woff2", "noto-sans-latin-600-normal.woff2"] as const;

const SOURCE_PATTERN = /src:\s*url\(\.\/files\/([\w-]+\.woff2)\)\s*format\('woff2'\)(?:,\s*url\(\.\/files\/[\w-]+\.woff\)\s*format\('woff'\))?;/g;

/**
 * @fontsource's @font-face rules with their sources pointed at FONT_DIRECTORY, WOFF2 only (every
 * browser that runs MapLibre 6 reads it). Returns the rules and the files they name.
 */
export function rewriteFontFaces(css: string, directory: string = FONT_DIRECTORY): { css: string; files: string[] } {
  const files: string[] = [];
  const rewritten = css.replace(SOURCE_PATTERN, (_, file: string) => {
    files.push(file);
    return `src: url(${directory}/${file}) format('woff2');`;
  });
  // A rule left pointing into the package would 404 once served: fail the build instead.
  if (rewritten.includes("./files/")) throw new Error("an @font-face source was not in the expected @fontsource form");
  return { css: rewritten, files };
}

/**
 * The CJK rules of a @fontsource Noto Sans JP/KR/SC stylesheet renamed to the family "Noto Sans":
 * only the numbered subsets (the Han, kana and hangul slices), since Latin, Cyrillic and the rest
 * already come from Noto Sans itself and must not be drawn from another font (lib/fonts/cjk-fonts.ts).
 */
export function cjkFontFaces(css: string): string {
  const rules = css.split(/(?=\/\* noto-sans-)/).filter((rule) => /^\/\* noto-sans-\w+-\[\d+\]-/.test(rule));
  if (rules.length === 0) throw new Error("no numbered subset in the CJK stylesheet: the @fontsource form changed");
  return rules.join("").replace(/font-family: '[^']+';/g, "font-family: 'Noto Sans';");
}
