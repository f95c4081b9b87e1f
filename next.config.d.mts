// Types for next.config.mjs, for the code that reads it (lib/portal/page-metadata-blocking.test.ts).
import type { NextConfig } from "next";

declare const nextConfig: NextConfig;
export default nextConfig;
