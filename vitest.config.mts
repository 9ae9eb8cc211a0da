import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    // Ceilings against a hang, not speed goals: CI machines are small and busy, and the basemap
    // tests cut all of Natural Earth on the sphere in their setup (seconds alone, far more when
    // two cores are shared). No test here is a timing test.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
