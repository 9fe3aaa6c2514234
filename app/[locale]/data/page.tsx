import type { Metadata } from "next";
import { readManifest } from "@/db/dumps";
import { pageMetadata } from "@/app/_lib/metadata";
import { resolveLocale } from "@/app/_lib/locale";
import { siteUrl } from "@/app/_lib/site-url";
import { formatPartialDate } from "@/lib/dates";
import { localePath } from "@/lib/i18n";
import { CSV_TABLES } from "@/lib/popolo/tables";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await resolveLocale(params);
  return pageMetadata({ locale, path: "/data", title: m.openData.dataTitle, description: m.openData.dataIntro, siteName: m.common.siteName });
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const link = "text-red-800 underline";

/** /data/: the open data's files (made when the data changes, db/dumps.ts), their column dictionary, the licence and how to cite. */
export default async function DataPage({ params }: Props) {
  const { locale, m } = await resolveLocale(params);
  const t = m.openData;
  const manifest = readManifest();
  const home = new URL(localePath(locale, "/data"), await siteUrl()).href;
  const madeOn = manifest ? formatPartialDate(manifest.generatedAt.slice(0, 10), locale) : formatPartialDate(new Date().toISOString().slice(0, 10), locale);
  const holds = (name: string) => {
    const table = CSV_TABLES.find((entry) => entry.name === name);
    return table ? `CSV: ${table[locale]}` : (t[`holds_${name}` as keyof typeof t] as string);
  };
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold sm:text-3xl">{t.dataTitle}</h1>
      <p className="mt-2 text-stone-700">{t.dataIntro}</p>

      <h2 className="mt-8 text-xl font-semibold">{t.filesHeading}</h2>
      {manifest ? (
        <>
          <p className="mt-1 text-sm text-stone-700">{t.filesMadeAt(`${madeOn} ${manifest.generatedAt.slice(11, 16)} UTC`)}</p>
          <table className="mt-3 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th className="py-1 pr-3">{t.fileName}</th>
                <th className="py-1 pr-3">{t.fileHolds}</th>
                <th className="py-1 pr-3 text-right">{t.fileSize}</th>
                <th className="py-1 text-right">{t.fileRows}</th>
              </tr>
            </thead>
            <tbody>
              {manifest.files.map((file) => (
                <tr key={file.name} className="border-b border-stone-200">
                  <td className="py-1 pr-3">
                    <a className={link} href={`/data/files/${file.name}`} download>
                      {file.name}
                    </a>
                  </td>
                  <td className="py-1 pr-3">{holds(file.holds)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{size(file.bytes)}</td>
                  <td className="py-1 text-right tabular-nums">{file.records ? file.records.toLocaleString(locale) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="mt-2 text-stone-700">{t.filesPending}</p>
      )}

      <h2 className="mt-8 text-xl font-semibold">{t.liveHeading}</h2>
      <p className="mt-1 text-stone-700">{t.liveText}</p>
      <p className="mt-1">
        <a className={link} href="/data/popolo.json">
          /data/popolo.json
        </a>{" "}
        ·{" "}
        <a className={link} href={localePath(locale, "/api")}>
          {t.apiLink}
        </a>
      </p>

      <h2 className="mt-8 text-xl font-semibold">{t.feedsHeading}</h2>
      <p className="mt-1 text-stone-700">{t.feedsText}</p>
      <p className="mt-1">
        <a className={link} href={`/feeds/changes.atom?lang=${locale}`}>
          {t.feedNational}
        </a>
      </p>

      <h2 className="mt-8 text-xl font-semibold">{t.dictionaryHeading}</h2>
      <p className="mt-1 text-stone-700">{t.dictionaryIntro}</p>
      {CSV_TABLES.map((table) => (
        <section key={table.name} className="mt-4">
          <h3 className="font-semibold">
            {table.name}.csv · {table[locale]}
          </h3>
          <table className="mt-1 w-full text-left text-sm">
            <thead>
              <tr className="border-b border-stone-300">
                <th className="w-48 py-1 pr-3">{t.column}</th>
                <th className="py-1">{t.meaning}</th>
              </tr>
            </thead>
            <tbody>
              {table.columns.map((column) => (
                <tr key={column.name} className="border-b border-stone-200">
                  <td className="py-1 pr-3 font-mono">{column.name}</td>
                  <td className="py-1">{column[locale]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}

      <h2 className="mt-8 text-xl font-semibold">{t.licenceHeading}</h2>
      <p className="mt-1 text-stone-700">{t.licenceText}</p>
      <p className="mt-2">
        {t.citeAs} <cite>{t.citation(madeOn, home)}</cite>
      </p>
    </div>
  );
}
