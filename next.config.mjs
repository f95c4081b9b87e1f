/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  skipProxyUrlNormalize: true,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  typedRoutes: false,
};

export default nextConfig;
