import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Components name colours by role (bg-surface, text-muted, border-line ...; app/globals.css), so
 * each theme defines what a role looks like. A raw palette class such as bg-white or
 * text-slate-800 would be the same colour in both themes (or, as before, mean its opposite in the
 * dark one), so none may come back in components/ or app/.
 */
const ROOT = path.resolve(__dirname, "../..");
const SCANNED_FOLDERS = ["components", "app"];
// Every Tailwind palette family: a focus ring or accent in raw blue is as theme-blind as bg-white.
const PALETTE_FAMILIES = "slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose";
const RAW_PALETTE_CLASS = new RegExp(
  String.raw`(?<![\w-])(?:[\w-]+:)*(?:bg|text|border|ring|outline|fill|stroke|divide|accent|decoration|placeholder|caret|from|via|to|shadow)-(?:white|black|(?:${PALETTE_FAMILIES})-\d+)(?:/\d+)?(?![\w-])`,
  "g",
);
/** Classes that stay. Add "file: class" here only with a reason. */
const ALLOWED = new Set<string>([]);

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(tsx|ts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

function rawPaletteClasses(source: string): string[] {
  return [...source.matchAll(RAW_PALETTE_CLASS)].map((match) => match[0]);
}

describe("semantic colour classes", () => {
  it("finds a raw palette class where one is written", () => {
    expect(rawPaletteClasses(`className="rounded bg-white p-2 hover:text-slate-900 bg-white/95"`)).toEqual([
      "bg-white",
      "hover:text-slate-900",
      "bg-white/95",
    ]);
    expect(rawPaletteClasses(`className="bg-surface text-muted border-line focus-visible:outline-focus"`)).toEqual([]);
    // Focus rings too: they are drawn on both themes' surfaces (the `focus` token).
    expect(rawPaletteClasses(`className="focus-visible:outline-blue-700 focus:ring-indigo-500"`)).toEqual(["focus-visible:outline-blue-700", "focus:ring-indigo-500"]);
  });

  it("components and pages use no raw palette colour class", () => {
    const found = SCANNED_FOLDERS.flatMap(sourceFiles).flatMap((file) =>
      rawPaletteClasses(readFileSync(path.join(ROOT, file), "utf8"))
        .map((found) => `${file}: ${found}`)
        .filter((entry) => !ALLOWED.has(entry)),
    );
    expect(found).toEqual([]);
  });

  it("every colour token has a dark value", () => {
    const css = readFileSync(path.join(ROOT, "app/globals.css"), "utf8");
    const themeBlock = /@theme \{([\s\S]*?)\n\}/.exec(css)?.[1] ?? "";
    const darkBlock = /:root\[data-theme="dark"\] \{([\s\S]*?)\n {2}\}/.exec(css)?.[1] ?? "";
    const tokens = [...themeBlock.matchAll(/(--color-[\w-]+):/g)].map((match) => match[1]);
    const darkTokens = new Set([...darkBlock.matchAll(/(--color-[\w-]+):/g)].map((match) => match[1]));
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.filter((token) => !darkTokens.has(token))).toEqual([]);
  });
});
