import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

const port = Number(process.env.E2E_PORT ?? 3100);
const staticPort = port + 100;
// Locally, without a static export (npm run build:static) the static-export project is left out
// rather than failing every run of the server project; CI always runs it, export or not.
const withStaticExport = Boolean(process.env.CI) || existsSync("out/index.html");
if (!withStaticExport) console.warn("playwright: no out/index.html, so the static-export project is skipped; run npm run build:static to include it");

/**
 * End-to-end tests drive Debian's Chromium (/usr/bin/chromium): Playwright's own browser download
 * cannot run on our machines. SwiftShader gives MapLibre a software WebGL context headless.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    trace: "off",
  },
  projects: [
    // The production server: every test.
    { name: "server", use: { baseURL: `http://127.0.0.1:${port}` } },
    // The static export (npm run build:static) as a CDN would serve it: the user journeys that
    // must work without a Node server.
    ...(withStaticExport ? [{
      name: "static-export",
      use: { baseURL: `http://127.0.0.1:${staticPort}` },
      testMatch: ["landing.spec.ts", "sharing.spec.ts", "events.spec.ts", "dashboard.spec.ts", "self-contained.spec.ts", "exports.spec.ts", "export-image.spec.ts", "export-video.spec.ts", "statistics.spec.ts", "languages.spec.ts"],
      // Browser checks the server project already makes on the same HTML.
      grepInvert: /@server-only/,
    }] : []),
  ],
  webServer: [
    {
      command: `npx next start -p ${port} -H 127.0.0.1`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { NEXT_TELEMETRY_DISABLED: "1" },
    },
    ...(withStaticExport ? [{
      command: `npx tsx scripts/serve-static.ts ${staticPort}`,
      url: `http://127.0.0.1:${staticPort}`,
      reuseExistingServer: false,
      timeout: 60_000,
    }] : []),
  ],
});
