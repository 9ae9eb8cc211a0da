// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The MapLibre worker is served by the app itself (see scripts/copy-map-worker.ts), so the
  // map never reaches for a CDN.
};

module.exports = nextConfig;
