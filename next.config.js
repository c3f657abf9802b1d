/**
 * Headers that never change, on every route (pages also get their CSP with a per-request nonce
 * and HSTS from proxy.ts). Downloads and JSON answers may be framed only by this site: the
 * report preview shows the PDF route in an iframe.
 */
const everywhere = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
// Only the framing rule: a stricter policy on a PDF would stop the browser's PDF viewer.
const downloads = [{ key: "Content-Security-Policy", value: "frame-ancestors 'self'" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@resvg/resvg-js"],
  poweredByHeader: false,
  // Lets two builds (e.g. parallel test runs) live side by side; `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The build checks the app's types; \`npm test\` runs tsc over everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // forbidden() renders app/forbidden.tsx with status 403 (experimental in Next 16).
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: everywhere },
      { source: "/api/:path*", headers: downloads },
      { source: "/public/reports/:year/:org/:file", headers: downloads },
    ];
  },
};

module.exports = nextConfig;
