/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // Lets two builds (e.g. parallel test runs) live side by side; `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The build checks the app's types; \`npm test\` runs tsc over everything, tests included.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // forbidden() renders app/forbidden.tsx with status 403 (experimental in Next 16).
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
