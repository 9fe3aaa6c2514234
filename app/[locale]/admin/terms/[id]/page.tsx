import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { DoneNotice } from "@/components/admin/done-notice";
import { FieldGroup, RecordKey, TextArea, TextField } from "@/components/admin/fields";
import { SearchPicker } from "@/components/admin/search-picker";
import { FoldedSection, FormSection } from "@/components/admin/sections";
import { SourceFields } from "@/components/admin/source-fields";
import { termDates } from "@/components/term-dates";
import { getDb } from "@/db/client";
import { getTerm, getTermSources } from "@/db/queries/admin";
import { organizationInScope } from "@/db/auth/scope";
import { formatPartialDate } from "@/lib/dates";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { addSourceAction, correctTermAction, endTermAction, retractTermAction, transferTermAction } from "../actions";
import { requireUser } from "../../_lib/session";
import { recordFromParams, type AdminPageProps } from "../../_lib/page";

type Props = AdminPageProps<{ id: string }>;

const load = (params: Props["params"]) => recordFromParams(params, (id) => getTerm(getDb(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  const term = await load(params);
  return { title: m.admin.termTitle(`${term.personName} · ${term.postTitle}`) };
}

/**
 * One term: end it, transfer the person, correct it, cite another source, or
 * retract it. Ending is the common task; the rarer ones are folded away.
 */
export default async function TermPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const term = await load(params);
  const db = getDb();
  const a = m.admin;
  const inScope = organizationInScope(db, user, term.organizationId);
  const editable = inScope && !term.retractedAt;
  const open = editable && !term.endDate;
  const sources = getTermSources(db, term.id);
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
          {a.termHeld}: {termDates(term, locale, "span")}
          {term.endReason ? ` (${term.endReason})` : null}
        </p>
        {term.retractedAt ? (
          <p className="adm-notice adm-notice-warn mt-2">
            {a.retractedBadge}. {a.retractedBecause(term.retractedReason ?? "")}
          </p>
        ) : null}
        {!inScope ? <p className="adm-notice adm-notice-warn mt-2">{a.outOfScope}</p> : null}
      </div>
      <DoneNotice done={done} messages={{ ended: a.termEnded, retracted: a.retracted }} />

      <FormSection id="sources" title={a.termSources}>
        <ul className="space-y-1 text-sm">
          {sources.map((source) => (
            <li key={source.id}>
              {source.url ? <a href={source.url}>{source.title}</a> : source.title}
              {source.publishedDate ? ` · ${formatPartialDate(source.publishedDate, locale)}` : null}
              {source.quote ? <q className="block text-stone-600">{source.quote}</q> : null}
            </li>
          ))}
        </ul>
      </FormSection>

      {open ? (
        <FormSection id="end" title={a.endTermTitle}>
          <ActionForm action={endTermAction.bind(null, locale)} locale={locale} submitLabel={a.endTermSubmit} testId="end-term-form">
            <RecordKey id={term.id} version={term.version} />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name="endDate" label={a.endDate} hint={a.dateHint} required />
              <TextField name="endReason" label={a.endReason} />
            </div>
            <SourceFields />
          </ActionForm>
        </FormSection>
      ) : null}

      {open ? (
        <FoldedSection title={a.transferTitle} intro={a.transferIntro}>
          <ActionForm action={transferTermAction.bind(null, locale)} locale={locale} submitLabel={a.transferSubmit} testId="transfer-form">
            <RecordKey id={term.id} version={term.version} />
            <SearchPicker name="postId" kind="post" label={a.postSearch} hint={a.postSearchHint} required />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name="endDate" label={a.endDate} hint={a.dateHint} required />
              <TextField name="startDate" label={a.startDate} hint={a.transferStartHint} />
            </div>
            <TextField name="endReason" label={a.endReason} />
            <SourceFields required />
          </ActionForm>
        </FoldedSection>
      ) : null}

      {editable ? (
        <>
          <FoldedSection title={a.correctTitle} intro={a.correctIntro}>
            <ActionForm
              action={correctTermAction.bind(null, locale)}
              locale={locale}
              submitLabel={a.correctSubmit}
              successMessage={a.corrected}
              testId="correct-form"
            >
              <RecordKey id={term.id} version={term.version} />
              <SearchPicker
                name="postId"
                kind="post"
                label={a.post}
                initial={{ id: term.postId, label: `${term.postTitle} · ${term.organizationName}` }}
              />
              <FieldGroup legend={a.termHeld}>
                <div className="grid gap-3 sm:grid-cols-2">
                  <TextField name="startDate" label={a.startDate} hint={a.dateHint} defaultValue={term.startDate} />
                  <TextField name="attestedDate" label={a.attestedDate} defaultValue={term.attestedDate} />
                  <TextField name="endDate" label={a.endDate} defaultValue={term.endDate} />
                  <TextField name="endReason" label={a.endReason} defaultValue={term.endReason} />
                </div>
              </FieldGroup>
              <TextArea name="reason" label={a.reason} hint={a.reasonHint} required rows={2} />
            </ActionForm>
          </FoldedSection>
          <FoldedSection title={a.addSourceTitle}>
            <ActionForm
              action={addSourceAction.bind(null, locale)}
              locale={locale}
              submitLabel={a.addSourceSubmit}
              successMessage={a.sourceAdded}
            >
              <RecordKey id={term.id} />
              <SourceFields required />
            </ActionForm>
          </FoldedSection>
          <FoldedSection title={a.retractTermTitle} intro={a.retractTermIntro}>
            <ActionForm action={retractTermAction.bind(null, locale)} locale={locale} submitLabel={a.retractSubmit} danger>
              <RecordKey id={term.id} version={term.version} />
              <TextArea name="reason" label={a.reason} hint={a.reasonHint} required rows={2} />
            </ActionForm>
          </FoldedSection>
        </>
      ) : null}
    </div>
  );
}
