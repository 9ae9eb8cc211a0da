import { describe, expect, it } from "vitest";
import { firstLoadScriptUrls, looksLikeMaplibreBySize, MAPLIBRE_MODULE_PATH, MAPLIBRE_SOURCE_SIGNATURES, maplibreSignaturesIn, nextChunkFile, builtScriptFile } from "./bench/first-load";

// Shaped like the head and body of a prerendered Next.js 16 App Router page.
const HTML = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>
<link rel="preload" as="font" href="/_next/static/media/font.woff2" crossorigin=""/>
<link rel="modulepreload" href="/_next/static/chunks/module.js?dpl=abc&amp;v=1"/>
<link rel="modulepreload" href="/maplibre/maplibre-gl-6.17.0.mjs"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src='/_next/static/chunks/page.js' async></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<script type="application/json" src="/not-a-script.json"></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
</head><body><script src="/_next/static/chunks/webpack.js" async=""></script></body></html>`;

describe("firstLoadScriptUrls", () => {
  it("lists script and script-preload URLs once each, skipping nomodule polyfills, non-JS types and inline scripts", () => {
    expect(firstLoadScriptUrls(HTML)).toEqual([
      "/_next/static/chunks/webpack.js",
      "/_next/static/chunks/module.js?dpl=abc&v=1",
      "/_next/static/chunks/main.js",
      "/_next/static/chunks/page.js",
    ]);
  });

  it("leaves the self-hosted maplibre-gl out of the app's figure, should a page preload it", () => {
    expect(firstLoadScriptUrls(HTML)).not.toContain("/maplibre/maplibre-gl-6.17.0.mjs");
  });
});

describe("nextChunkFile", () => {
  it("maps a chunk URL to its file in the build folder, without the query", () => {
    expect(nextChunkFile("/app/.next", "/_next/static/chunks/module.js?dpl=abc&v=1")).toBe("/app/.next/static/chunks/module.js");
  });

  it("refuses URLs that are not build assets", () => {
    expect(() => nextChunkFile("/app/.next", "https://cdn.example.org/x.js")).toThrow(/not a Next.js build asset/);
  });
});

describe("builtScriptFile", () => {
  it("finds Next.js chunks in the build folder and the app's own modules in the public folder", () => {
    expect(builtScriptFile("/app/.next", "/app/public", "/_next/static/chunks/a.js")).toBe("/app/.next/static/chunks/a.js");
    expect(builtScriptFile("/app/.next", "/app/public", "/map-start.mjs")).toBe("/app/public/map-start.mjs");
  });

  it("refuses scripts from another origin", () => {
    expect(() => builtScriptFile("/app/.next", "/app/public", "https://cdn.example.org/x.js")).toThrow(/not served by the app/);
  });
});

describe("maplibre detection", () => {
  it("finds the library by its code, not by the app's own mentions of maplibre", () => {
    const appCode = 'y.setWorkerUrl("/maplibre/maplibre-gl-worker-6.17.0.mjs");a?.closest(".maplibregl-canvas")';
    expect(maplibreSignaturesIn(appCode, [...MAPLIBRE_SOURCE_SIGNATURES, MAPLIBRE_MODULE_PATH])).toEqual([]);
    const bundled = 'return e.F("node_modules/maplibre-gl/dist/maplibre-gl.mjs")};throw new Error("Style is not done loading.")';
    expect(maplibreSignaturesIn(bundled, [...MAPLIBRE_SOURCE_SIGNATURES, MAPLIBRE_MODULE_PATH])).toEqual(["Style is not done loading", MAPLIBRE_MODULE_PATH]);
  });

  it("treats a chunk of at least half the library's size as the library", () => {
    expect(looksLikeMaplibreBySize(150_000, 290_000)).toBe(true);
    expect(looksLikeMaplibreBySize(70_000, 290_000)).toBe(false);
  });
});
