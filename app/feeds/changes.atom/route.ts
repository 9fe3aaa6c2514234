/** GET /feeds/changes.atom?lang=vi|en: the directory's changes nationwide, as Atom. */
import { feedPaths, feedResponse } from "@/app/_lib/feeds";
import { preflight, publicApi } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export const GET = publicApi((request: Request) =>
  feedResponse(
    request,
    { kind: "national" },
    { selfPath: feedPaths.national, pagePath: "/hierarchy", scope: (m) => m.openData.feedNationalScope },
  ),
);

export const OPTIONS = preflight;
