/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with status 403 (experimental in Next 16).
  experimental: { authInterrupts: true },
};

module.exports = nextConfig;
