// @ts-check

/**
 * Security headers for every response of the production server. The same list is documented in
 * the README for static hosts. `frame-ancestors`: only /embed may be framed, by anyone.
 * 'unsafe-inline' for scripts is needed by Next.js's inline bootstrap on static pages (nonces
 * would force per-request rendering); 'unsafe-eval' is never allowed.
 */
function contentSecurityPolicy(frameAncestors) {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
  // Only honoured over HTTPS; harmless on plain HTTP (see README).
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async headers() {
    return [
      { source: "/:path*", headers: commonHeaders },
      {
        // Everything but /embed refuses to be framed.
        source: "/((?!embed).*)",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy("'none'") },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
      {
        source: "/embed/:path*",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy("*") }],
      },
      {
        source: "/embed",
        headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy("*") }],
      },
    ];
  },
};

module.exports = nextConfig;
