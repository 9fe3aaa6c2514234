import type { Metadata } from "next";
import { pageMetadata } from "@/app/_lib/metadata";
import { resolveLocale } from "@/app/_lib/locale";
import { siteUrl } from "@/app/_lib/site-url";
import { openApiDocument } from "@/lib/api/openapi";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await resolveLocale(params);
  return pageMetadata({ locale, path: "/api", title: m.openData.apiTitle, description: m.openData.apiIntro, siteName: m.common.siteName });
}

interface Parameter {
  name: string;
  in: string;
  description: string;
  schema: { type?: string; enum?: string[] };
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  responses: Record<string, { description: string }>;
  "x-example": { path?: Record<string, string | number>; query?: Record<string, string> };
}

/** The example request of an operation as a path to open. */
function examplePath(template: string, example: Operation["x-example"]): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => String(example.path?.[name] ?? ""));
  const query = new URLSearchParams(example.query ?? {}).toString();
  return query ? `${path}?${query}` : path;
}

/** /api: the OpenAPI document (lib/api/openapi.ts) as a page to read, with a sample request of every endpoint. */
export default async function ApiPage({ params }: Props) {
  const { m } = await resolveLocale(params);
  const t = m.openData;
  const document = openApiDocument((await siteUrl()).origin);
  const operations = Object.entries(document.paths).map(([path, item]) => ({ path, operation: item.get as unknown as Operation }));
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold sm:text-3xl">{t.apiTitle}</h1>
      <p className="mt-2 text-stone-700">{t.apiIntro}</p>
      <p className="mt-2 text-stone-700">{t.apiErrors}</p>
      <p className="mt-2">
        <a className="text-red-800 underline" href="/api/openapi.json">
          {t.apiDocument}
        </a>
      </p>
      <h2 className="mt-8 text-xl font-semibold">{t.apiEndpoints}</h2>
      {operations.map(({ path, operation }) => (
        <section key={path} className="mt-6 border-t border-stone-200 pt-4">
          <h3 className="font-mono text-lg font-semibold">GET {path}</h3>
          <p className="mt-1 text-stone-700">{t[`op_${operation.operationId}` as keyof typeof t] as string}</p>
          {operation.parameters && operation.parameters.length > 0 ? (
            <>
              <h4 className="mt-3 font-semibold">{t.apiParameters}</h4>
              <ul className="mt-1 list-disc pl-6 text-sm">
                {operation.parameters.map((parameter) => (
                  <li key={parameter.name}>
                    <code>{parameter.name}</code> ({parameter.in}
                    {parameter.schema.enum ? `: ${parameter.schema.enum.join(" | ")}` : ""}): {parameter.description}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h4 className="mt-3 font-semibold">{t.apiResponses}</h4>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {Object.entries(operation.responses).map(([status, response]) => (
              <li key={status}>
                <code>{status}</code>: {response.description}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">
            {t.apiTry}:{" "}
            <a className="font-mono text-red-800 underline" href={examplePath(path, operation["x-example"])}>
              {examplePath(path, operation["x-example"])}
            </a>
          </p>
        </section>
      ))}
    </div>
  );
}
