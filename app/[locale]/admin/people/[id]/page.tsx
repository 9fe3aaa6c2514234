import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { ChangeHistory } from "@/components/admin/change-history";
import { DoneNotice } from "@/components/admin/done-notice";
import { FileField, HiddenField, TextArea } from "@/components/admin/fields";
import { PersonFields } from "@/components/admin/person-fields";
import { termSpan } from "@/components/admin/term-span";
import { getDb } from "@/db/client";
import { getPerson, getPersonTerms } from "@/db/queries/admin";
import { personScope } from "@/lib/auth/scope";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/lib/i18n/server";
import { photoAction, retractPersonAction, updatePersonAction } from "../../actions";
import { requireUser } from "../../_lib/session";

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(params: Props["params"]) {
  const id = Number((await params).id);
  const person = Number.isInteger(id) && id > 0 ? getPerson(getDb(), id) : undefined;
  if (!person) notFound();
  return person;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolveLocale(params);
  return { title: (await load(params)).fullName };
}

/** A person in the administration: details, photo, every term (retracted ones too), and the change history. */
export default async function AdminPersonPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const person = await load(params);
  const db = getDb();
  const a = m.admin;
  const scope = personScope(db, user, person.id);
  const canEdit = scope !== "none" && !person.retractedAt;
  const terms = getPersonTerms(db, person.id);
  const { done } = await searchParams;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{person.fullName}</h1>
        <p className="mt-1 flex flex-wrap gap-4 text-sm">
          {!person.retractedAt ? <Link href={localePath(locale, `/people/${person.slug}`)}>{a.viewPublic}</Link> : null}
          {!person.retractedAt ? <Link href={localePath(locale, `/admin/appoint?personId=${person.id}`)}>{a.appointThisPerson}</Link> : null}
        </p>
      </div>
      <DoneNotice done={done} messages={{ appointed: a.appointed, created: a.personCreated, transferred: a.transferred }} />
      {person.retractedAt ? (
        <p role="status" className="adm-notice adm-notice-warn">
          {a.personRetracted} {a.retractedBecause(person.retractedReason ?? "")}
        </p>
      ) : scope === "none" ? (
        <p className="adm-notice adm-notice-warn">{a.readOnlyPerson}</p>
      ) : null}

      <section aria-labelledby="terms-heading">
        <h2 id="terms-heading" className="section-title">
          {a.personTerms}
        </h2>
        {terms.length === 0 ? (
          <p className="text-stone-600">{a.noTerms}</p>
        ) : (
          <ul className="space-y-2" data-testid="admin-terms">
            {terms.map((term) => (
              <li key={term.id} className="card flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-semibold">
                  {term.postTitle} {term.organizationName}
                </span>
                <span className="text-sm text-stone-600">{termSpan(a, locale, term)}</span>
                {term.retractedAt ? <span className="adm-badge adm-badge-warn">{a.retractedBadge}</span> : term.endDate ? <span className="adm-badge">{a.endedBadge}</span> : null}
                <Link href={localePath(locale, `/admin/terms/${term.id}`)} className="ml-auto text-sm font-semibold">
                  {a.openTermActions}
                  <span className="sr-only">
                    {" "}
                    {term.postTitle} {term.organizationName}
                  </span>
                </Link>
                {term.retractedReason ? <span className="block w-full text-sm">{a.retractedBecause(term.retractedReason)}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {canEdit ? (
        <>
          <section aria-labelledby="details-heading" className="max-w-3xl">
            <h2 id="details-heading" className="section-title">
              {a.editPersonTitle}
            </h2>
            <ActionForm action={updatePersonAction.bind(null, locale)} locale={locale} submitLabel={a.save} testId="person-form">
              <HiddenField name="id" value={person.id} />
              <HiddenField name="version" value={person.version} />
              <PersonFields person={person} />
            </ActionForm>
          </section>

          <section aria-labelledby="photo-heading" className="max-w-3xl">
            <h2 id="photo-heading" className="section-title">
              {a.photoTitle}
            </h2>
            {person.photoPath ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={`/api/photos/${person.photoPath}`} alt={person.fullName} width={160} height={160} className="mb-3 rounded object-cover" />
            ) : null}
            <ActionForm action={photoAction.bind(null, locale)} locale={locale} submitLabel={a.uploadPhoto} successMessage={a.photoSaved} encType="multipart/form-data">
              <HiddenField name="id" value={person.id} />
              <HiddenField name="version" value={person.version} />
              <FileField name="photo" label={a.photo} hint={a.photoHint} accept="image/jpeg,image/png,image/webp" />
            </ActionForm>
            {person.photoPath ? (
              <div className="mt-3">
                <ActionForm action={photoAction.bind(null, locale)} locale={locale} submitLabel={a.removePhoto} successMessage={a.photoSaved} danger>
                  <HiddenField name="id" value={person.id} />
                  <HiddenField name="version" value={person.version} />
                  <HiddenField name="remove" value="1" />
                </ActionForm>
              </div>
            ) : null}
          </section>

          {scope === "full" ? (
            <section aria-labelledby="retract-heading" className="max-w-3xl">
              <h2 id="retract-heading" className="section-title">
                {a.retractPersonTitle}
              </h2>
              <p className="mb-2 text-sm text-stone-600">{a.retractPersonIntro}</p>
              <ActionForm action={retractPersonAction.bind(null, locale)} locale={locale} submitLabel={a.retractSubmit} successMessage={a.retracted} danger>
                <HiddenField name="id" value={person.id} />
                <HiddenField name="version" value={person.version} />
                <TextArea name="reason" label={a.reason} hint={a.reasonHint} required rows={2} />
              </ActionForm>
            </section>
          ) : null}
        </>
      ) : null}

      <ChangeHistory entityType="person" entityId={person.id} locale={locale} />
    </div>
  );
}
