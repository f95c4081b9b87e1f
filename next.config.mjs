import createNextIntlPlugin from "next-intl/plugin";

// next-intl without i18n routing: the plugin points next-intl at i18n/request.ts (issue 12, item 7).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  skipProxyUrlNormalize: true,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  // scripts/serve.mjs compresses (brotli where accepted, else gzip): Next.js's own is gzip only
  // (docs/decisions/0013-portal-first-paint-and-compression.md).
  compress: false,
  // Metadata is part of every response, not streamed after it: a portal page's title (what a screen reader
  // announces on arrival) comes with its content, after a server action's redirect too. This changes when
  // the title is sent, not what is queried (e2e/kit/axe.ts relies on it).
  htmlLimitedBots: /.*/,
};

export default withNextIntl(nextConfig);
