import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // next.config.js is CommonJS (Next loads it with require); it may require the shared headers module.
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": ["error", { allow: ["^\\./security-headers$", "^next-intl/plugin$"] }] },
  },
  {
    // zod and the data schema run at build time, where data is parsed once. Browser-side code may
    // use their types but never their values: one stray value import put all of zod (~30 KB gzip)
    // in the landing page's first-load JS.
    files: ["components/**/*.{ts,tsx}", "lib/{map,geo,timeline,url-state,time,import,compare,theme}/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", message: "zod stays on the server: parse data at build time.", allowTypeImports: true }],
          patterns: [
            {
              group: ["@/lib/data/schema", "@/lib/data/parse-*", "@/lib/data/load-*"],
              message: "Browser-side code may import types from the data layer, not its zod schemas or loaders.",
              allowTypeImports: true,
            },
            {
              // Bundled on its own and loaded by URL (lib/map/start/load-map-start.ts): a value import
              // would put maplibre-gl into the page's bundle.
              group: ["@/lib/map/start/map-start", "**/map-start"],
              message: "Reach the map-start module through loadMapStart(); import only its types.",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "out/**", "node_modules/**", "public/**", "next-env.d.ts", "test-results/**", "bench-results/**"]),
]);
