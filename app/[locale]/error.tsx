"use client";

import { useEffect } from "react";
import { localePath } from "@/lib/i18n/locales";
import { useRouteLocale } from "@/components/use-route-locale";
import { common } from "@/lib/i18n/messages/common";

/** An unexpected failure inside a page: say so in the reader's language and offer to try again. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const locale = useRouteLocale();
  const m = common[locale];
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{m.errorTitle}</h1>
      <p className="mt-2 text-stone-700">{m.errorBody}</p>
      <div className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={() => retry()} className="button">
          {m.retry}
        </button>
        <a href={localePath(locale, "/")} className="px-2 py-2">
          {m.backHome}
        </a>
      </div>
    </div>
  );
}
