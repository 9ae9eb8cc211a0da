// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");
const { commonHeaders, contentSecurityPolicy } = require("./security-headers");

// next-intl reads i18n/request.ts for each render (messages per locale, on the server only).
// Messages are precompiled at build time (experimental.messages.precompile), so the browser gets
// no ICU parser: about 10 KB less first-load JavaScript.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

// `npm run build:static` sets this to write a static export to out/ (for a CDN or object store).
// Next.js still writes part of that build into .next, so run it before `npm run build`, never
// after (the test command does).
// Static hosts cannot run headers(): scripts/serve-static.ts applies the same headers to the
// export, and the README lists them for other hosts.
const staticExport = process.env.SORTIE_STATIC_EXPORT === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Always defined, so Next.js inlines it as a literal and a production build ("0") drops the
  // test-only hooks behind it (components/map/sortie-map.tsx); `npm test` builds with "1".
  // With two root layouts (app/(en) and app/[locale]) an unmatched address has no layout above it:
  // app/global-not-found.tsx renders the 404 with its own document.
  experimental: { globalNotFound: true },
  env: { NEXT_PUBLIC_SORTIE_TEST: process.env.NEXT_PUBLIC_SORTIE_TEST === "1" ? "1" : "0" },
  ...(staticExport ? { output: "export", distDir: "out" } : { headers }),
};

async function headers() {
  return [
    { source: "/:path*", headers: commonHeaders },
    {
      // Everything but /embed and /embed/... (and /ja/embed ...) refuses to be framed (/embedx, /embed-foo too).
      source: "/((?!(?:(?:ja|ko|zh|ru)/)?embed(?:/|$)).*)",
      headers: [
        { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") },
        { key: "X-Frame-Options", value: "DENY" },
      ],
    },
    { source: "/embed/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy("*") }] },
    { source: "/embed", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy("*") }] },
    { source: "/:locale(ja|ko|zh|ru)/embed/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy("*") }] },
    { source: "/:locale(ja|ko|zh|ru)/embed", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy("*") }] },
    // maplibre-gl and its worker carry their version in the file name: cache them for good.
    { source: "/maplibre/:path*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
  ];
}

module.exports = withNextIntl(nextConfig);
