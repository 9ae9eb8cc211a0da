import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FONT_DIRECTORY, FONT_WEIGHTS, PRELOADED_FONT_FILES, cjkFontFaces, rewriteFontFaces } from "./noto-sans";

const PACKAGE = path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans");

describe("rewriteFontFaces", () => {
  it("points each source at the app's folder, WOFF2 only", () => {
    const css = `@font-face {\n  font-family: 'Noto Sans';\n  src: url(./files/noto-sans-latin-400-normal.woff2) format('woff2'), url(./files/noto-sans-latin-400-normal.woff) format('woff');\n  unicode-range: U+0000-00FF;\n}`;
    const { css: rewritten, files } = rewriteFontFaces(css);
    expect(rewritten).toContain(`src: url(${FONT_DIRECTORY}/noto-sans-latin-400-normal.woff2) format('woff2');`);
    expect(rewritten).not.toContain(".woff)");
    expect(rewritten).toContain("unicode-range: U+0000-00FF;");
    expect(files).toEqual(["noto-sans-latin-400-normal.woff2"]);
  });

  it("fails on a source in another form rather than serve a dead link", () => {
    expect(() => rewriteFontFaces("src: url(./files/a.ttf) format('truetype');")).toThrow(/expected @fontsource form/);
  });

  it("rewrites every rule of the installed package, and the files it names exist", () => {
    for (const weight of FONT_WEIGHTS) {
      const source = readFileSync(path.join(PACKAGE, `${weight}.css`), "utf8");
      const { files } = rewriteFontFaces(source);
      expect(files.length).toBe(source.match(/@font-face/g)?.length);
      for (const file of files) expect(existsSync(path.join(PACKAGE, "files", file)), file).toBe(true);
    }
  });

  it("preloads only files that the rules name", () => {
    const named = FONT_WEIGHTS.flatMap((weight) => rewriteFontFaces(readFileSync(path.join(PACKAGE, `${weight}.css`), "utf8")).files);
    for (const file of PRELOADED_FONT_FILES) expect(named).toContain(file);
  });

  it("keeps only the CJK slices of Noto Sans JP, renamed to Noto Sans, so Latin still comes from Noto Sans itself", () => {
    const source = readFileSync(path.join(process.cwd(), "node_modules", "@fontsource", "noto-sans-jp", "400.css"), "utf8");
    const css = cjkFontFaces(source);
    expect(css).not.toMatch(/noto-sans-jp-latin/);
    expect(css).not.toMatch(/Noto Sans JP/);
    expect(css.match(/@font-face/g)?.length).toBeGreaterThan(50);
    expect(() => cjkFontFaces("/* noto-sans-jp-latin-400-normal */ @font-face {}")).toThrow(/numbered subset/);
  });
});
