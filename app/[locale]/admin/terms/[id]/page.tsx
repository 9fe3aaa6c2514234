import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { DoneNotice } from "@/components/admin/done-notice";
import { FieldGroup, HiddenField, TextArea, TextField } from "@/components/admin/fields";
import { SearchPicker } from "@/components/admin/search-picker";
import { SourceFields } from "@/components/admin/source-fields";
import { termSpan } from "@/components/admin/term-span";
import { getDb } from "@/db/client";
import { getTerm, getTermSources } from "@/db/queries/admin";
import { organizationInScope } from "@/lib/auth/scope";
import { formatPartialDate } from "@/lib/dates";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/lib/i18n/server";
import { addSourceAction, correctTermAction, endTermAction, retractTermAction, transferTermAction } from "../../actions";
import { requireUser } from "../../_lib/session";

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(params: Props["params"]) {
  const id = Number((await params).id);
  const term = Number.isInteger(id) && id > 0 ? getTerm(getDb(), id) : undefined;
  if (!term) notFound();
  return term;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  const term = await load(params);
  return { title: m.admin.termTitle(`${term.personName} · ${term.postTitle}`) };
}

/** One term: end it, transfer the person, correct it, cite another source, or retract it. */
export default async function TermPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const term = await load(params);
  const db = getDb();
  const a = m.admin;
  const editable = organizationInScope(db, user, term.organizationId) && !term.retractedAt;
  const sources = getTermSources(db, term.id);
  const current = (value: string | null) => value ?? "";
  const { done } = await searchParams;

  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <p className="text-sm">
          <Link href={localePath(locale, `/admin/people/${term.personId}`)}>← {term.personName}</Link>
        </p>
        <h1 className="text-2xl font-bold">
          {term.personName}: {term.postTitle} {term.organizationName}
        </h1>
        <p className="mt-1">
          {a.termHeld}: {termSpan(a, locale, term)}
          {term.endReason ? ` (${term.endReason})` : null}
        </p>
        {term.retractedAt ? (
          <p className="adm-notice adm-notice-warn mt-2">
            {a.retractedBadge}. {a.retractedBecause(term.retractedReason ?? "")}
          </p>
        ) : null}
        {!organizationInScope(db, user, term.organizationId) ? <p className="adm-notice adm-notice-warn mt-2">{a.outOfScope}</p> : null}
      </div>
      <DoneNotice done={done} messages={{ ended: a.termEnded, retracted: a.retracted }} />

      {/* Ending a term is the common task; the rarer ones fold away below it. */}
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="section-title">
          {a.termSources}
        </h2>
        <ul className="space-y-1 text-sm">
          {sources.map((source) => (
            <li key={source.id}>
              {source.url ? <a href={source.url}>{source.title}</a> : source.title}
              {source.publishedDate ? ` · ${formatPartialDate(source.publishedDate, locale)}` : null}
              {source.quote ? <q className="block text-stone-600">{source.quote}</q> : null}
            </li>
          ))}
        </ul>
      </section>

      {editable && !term.endDate ? (
        <section aria-labelledby="end-heading">
          <h2 id="end-heading" className="section-title">
            {a.endTermTitle}
          </h2>
          <ActionForm action={endTermAction.bind(null, locale)} locale={locale} submitLabel={a.endTermSubmit} testId="end-term-form">
            <HiddenField name="id" value={term.id} />
            <HiddenField name="version" value={term.version} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name="endDate" label={a.endDate} hint={a.dateHint} required />
              <TextField name="endReason" label={a.endReason} />
            </div>
            <SourceFields />
          </ActionForm>
        </section>
      ) : null}

      {editable && !term.endDate ? (
        <details className="card">
          <summary className="cursor-pointer">
            <h2 id="transfer-heading" className="inline text-lg font-semibold">
              {a.transferTitle}
            </h2>
          </summary>
          <p className="mb-2 text-sm text-stone-600">{a.transferIntro}</p>
          <ActionForm action={transferTermAction.bind(null, locale)} locale={locale} submitLabel={a.transferSubmit} testId="transfer-form">
            <HiddenField name="id" value={term.id} />
            <HiddenField name="version" value={term.version} />
            <SearchPicker name="postId" kind="post" label={a.postSearch} hint={a.postSearchHint} required />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name="endDate" label={a.endDate} hint={a.dateHint} required />
              <TextField name="startDate" label={a.startDate} hint={a.transferStartHint} />
            </div>
            <TextField name="endReason" label={a.endReason} />
            <SourceFields required />
          </ActionForm>
        </details>
      ) : null}

      {editable ? (
        <details className="card">
          <summary className="cursor-pointer">
            <h2 id="correct-heading" className="inline text-lg font-semibold">
              {a.correctTitle}
            </h2>
          </summary>
          <p className="mb-2 text-sm text-stone-600">{a.correctIntro}</p>
          <ActionForm action={correctTermAction.bind(null, locale)} locale={locale} submitLabel={a.correctSubmit} successMessage={a.corrected} testId="correct-form">
            <HiddenField name="id" value={term.id} />
            <HiddenField name="version" value={term.version} />
            <SearchPicker name="postId" kind="post" label={a.post} initial={{ id: term.postId, label: `${term.postTitle} · ${term.organizationName}` }} />
            <FieldGroup legend={a.termHeld}>
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField name="startDate" label={a.startDate} hint={a.dateHint} defaultValue={current(term.startDate)} />
                <TextField name="attestedDate" label={a.attestedDate} defaultValue={current(term.attestedDate)} />
                <TextField name="endDate" label={a.endDate} defaultValue={current(term.endDate)} />
                <TextField name="endReason" label={a.endReason} defaultValue={current(term.endReason)} />
              </div>
            </FieldGroup>
            <TextArea name="reason" label={a.reason} hint={a.reasonHint} required rows={2} />
          </ActionForm>
        </details>
      ) : null}

      {editable ? (
        <details className="card">
          <summary className="cursor-pointer">
            <h2 id="add-source-heading" className="inline text-lg font-semibold">
              {a.addSourceTitle}
            </h2>
          </summary>
          <ActionForm action={addSourceAction.bind(null, locale)} locale={locale} submitLabel={a.addSourceSubmit} successMessage={a.sourceAdded}>
            <HiddenField name="id" value={term.id} />
            <SourceFields required />
          </ActionForm>
        </details>
      ) : null}

      {editable ? (
        <details className="card">
          <summary className="cursor-pointer">
            <h2 id="retract-heading" className="inline text-lg font-semibold">
              {a.retractTermTitle}
            </h2>
          </summary>
          <p className="mb-2 text-sm text-stone-600">{a.retractTermIntro}</p>
          <ActionForm action={retractTermAction.bind(null, locale)} locale={locale} submitLabel={a.retractSubmit} danger>
            <HiddenField name="id" value={term.id} />
            <HiddenField name="version" value={term.version} />
            <TextArea name="reason" label={a.reason} hint={a.reasonHint} required rows={2} />
          </ActionForm>
        </details>
      ) : null}
    </div>
  );
}
