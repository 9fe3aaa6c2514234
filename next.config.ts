import type { NextConfig } from "next";

import { securityHeaders, sendsStrictTransportSecurity, strictTransportSecurity } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it. The spreadsheet
  // and PDF libraries read their own data files from their package folders, which bundling would lose.
  serverExternalPackages: ["better-sqlite3", "exceljs", "pdfkit", "fontkit"],
  experimental: {
    // Photo and spreadsheet uploads (up to 5 MB) travel in a server action's form data, and a spreadsheet's review
    // form carries the file's rows back (20,000 rows at most); the rest is headroom for the forms' other fields.
    serverActions: { bodySizeLimit: "16mb" },
  },
  // Vietnamese pages live at the bare paths and English under /en; both are served by app/[locale].
  // Rewrites in the config are matched by the router itself, where a proxy (middleware) cost about
  // 2 ms of every page request on the benchmark machine.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/vi" },
        // Every path but /en…, /vi…, API routes, Next's own files and files with an extension.
        { source: "/:path((?!(?:en|vi)(?:/|$)|api/|_next/)(?!.*\\.[a-zA-Z0-9]+$).+)", destination: "/vi/:path" },
      ],
    };
  },
  // One address per page and language: /vi/… is the bare path.
  async redirects() {
    return [
      { source: "/vi", destination: "/", permanent: true },
      { source: "/vi/:path*", destination: "/:path*", permanent: true },
    ];
  },
  // Read at build time, which `npm start` runs in production mode: HSTS goes on every response of the production build.
  async headers() {
    return [
      { source: "/:path*", headers: sendsStrictTransportSecurity() ? [...securityHeaders, strictTransportSecurity] : securityHeaders },
    ];
  },
};

export default nextConfig;
