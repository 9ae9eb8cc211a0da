// @ts-check
// Security headers for every response, shared by next.config.js (the production server) and
// scripts/serve-static.ts (the static export), and documented in the README for static hosts.

/**
 * 'unsafe-inline' for scripts is needed by Next.js's inline bootstrap on static pages (nonces
 * would force per-request rendering); 'unsafe-eval' is never allowed.
 * @param {string} frameAncestors
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

/** True for /embed and /embed/..., in any language (/ja/embed ...): the only pages any site may frame. */
function isEmbedPath(/** @type {string} */ pathname) {
  const path = pathname.replace(/^\/(?:ja|ko|zh|ru)(?=\/)/, "");
  return path === "/embed" || path.startsWith("/embed/");
}

/** All headers for one path. @param {string} pathname */
function securityHeadersFor(pathname) {
  const embed = isEmbedPath(pathname);
  return [
    ...commonHeaders,
    { key: "Content-Security-Policy", value: contentSecurityPolicy(embed ? "*" : "'none'") },
    ...(embed ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
  ];
}

module.exports = { contentSecurityPolicy, commonHeaders, securityHeadersFor };
