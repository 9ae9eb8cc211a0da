import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // next.config.js is CommonJS (Next loads it with require); it may require the shared headers module.
    files: ["next.config.js"],
    rules: { "@typescript-eslint/no-require-imports": ["error", { allow: ["^\\./security-headers$"] }] },
  },
  globalIgnores([".next/**", "out/**", "node_modules/**", "public/**", "next-env.d.ts", "test-results/**", "bench-results/**"]),
]);
