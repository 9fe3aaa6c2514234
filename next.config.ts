import type { NextConfig } from "next";

import { securityHeaders, strictTransportSecurity } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  experimental: {
    // Photo uploads (up to 5 MB) travel in a server action's form data; the rest is headroom for the form's other fields.
    serverActions: { bodySizeLimit: "6mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [strictTransportSecurity],
      },
    ];
  },
};

export default nextConfig;
