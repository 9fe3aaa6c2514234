import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { ChangeHistory } from "@/components/admin/change-history";
import { DoneNotice } from "@/components/admin/done-notice";
import { FileField, HiddenField, RecordKey, TextArea } from "@/components/admin/fields";
import { PersonFields } from "@/components/admin/person-fields";
import { FormSection } from "@/components/admin/sections";
import { termDates } from "@/components/term-dates";
import { getDb } from "@/db/client";
import { getPerson, getPersonTerms } from "@/db/queries/admin";
import { canEditPersonRecord } from "@/db/auth/scope";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { photoAction, retractPersonAction, updatePersonAction } from "../actions";
import { requireUser } from "../../_lib/session";
import { recordFromParams, type AdminPageProps } from "../../_lib/page";

type Props = AdminPageProps<{ id: string }>;

const load = (params: Props["params"]) => recordFromParams(params, (id) => getPerson(getDb(), id));

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
  const mayEdit = canEditPersonRecord(db, user, person.id);
  const canEdit = mayEdit && !person.retractedAt;
  const terms = getPersonTerms(db, person.id);
  const { done } = await searchParams;

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">{person.fullName}</h1>
        <p className="mt-1 flex flex-wrap gap-4 text-sm">
          {!person.retractedAt ? <Link href={localePath(locale, `/people/${person.slug}`)}>{a.viewPublic}</Link> : null}
          {!person.retractedAt ? (
            <Link href={localePath(locale, `/admin/appoint?personId=${person.id}`)}>{a.appointThisPerson}</Link>
          ) : null}
        </p>
      </div>
      <DoneNotice done={done} messages={{ appointed: a.appointed, created: a.personCreated, transferred: a.transferred }} />
      {person.retractedAt ? (
        <p role="status" className="adm-notice adm-notice-warn">
          {a.personRetracted} {a.retractedBecause(person.retractedReason ?? "")}
        </p>
      ) : !mayEdit ? (
        <p className="adm-notice adm-notice-warn">{a.readOnlyPerson}</p>
      ) : null}

      <FormSection id="terms" title={a.personTerms}>
        {terms.length === 0 ? (
          <p className="text-stone-600">{a.noTerms}</p>
        ) : (
          <ul className="space-y-2" data-testid="admin-terms">
            {terms.map((term) => (
              <li key={term.id} className="card flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-semibold">
                  {term.postTitle} {term.organizationName}
                </span>
                <span className="text-sm text-stone-600">{termDates(term, locale, "span")}</span>
                {term.retractedAt ? (
                  <span className="adm-badge adm-badge-warn">{a.retractedBadge}</span>
                ) : term.endDate ? (
                  <span className="adm-badge">{a.endedBadge}</span>
                ) : null}
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
      </FormSection>

      {canEdit ? (
        <>
          <FormSection id="details" title={a.editPersonTitle} className="max-w-3xl">
            <ActionForm action={updatePersonAction.bind(null, locale)} locale={locale} submitLabel={a.save} testId="person-form">
              <RecordKey id={person.id} version={person.version} />
              <PersonFields person={person} />
            </ActionForm>
          </FormSection>

          <FormSection id="photo" title={a.photoTitle} className="max-w-3xl">
            {person.photoPath ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={`/api/photos/${person.photoPath}`}
                alt={person.fullName}
                width={160}
                height={160}
                className="mb-3 rounded object-cover"
              />
            ) : null}
            <ActionForm
              action={photoAction.bind(null, locale)}
              locale={locale}
              submitLabel={a.uploadPhoto}
              successMessage={a.photoSaved}
              encType="multipart/form-data"
            >
              <RecordKey id={person.id} version={person.version} />
              <FileField name="photo" label={a.photo} hint={a.photoHint} accept="image/jpeg,image/png,image/webp" />
            </ActionForm>
            {person.photoPath ? (
              <div className="mt-3">
                <ActionForm
                  action={photoAction.bind(null, locale)}
                  locale={locale}
                  submitLabel={a.removePhoto}
                  successMessage={a.photoSaved}
                  danger
                >
                  <RecordKey id={person.id} version={person.version} />
                  <HiddenField name="remove" value="1" />
                </ActionForm>
              </div>
            ) : null}
          </FormSection>

          {mayEdit ? (
            <FormSection id="retract" title={a.retractPersonTitle} intro={a.retractPersonIntro} className="max-w-3xl">
              <ActionForm
                action={retractPersonAction.bind(null, locale)}
                locale={locale}
                submitLabel={a.retractSubmit}
                successMessage={a.retracted}
                danger
              >
                <RecordKey id={person.id} version={person.version} />
                <TextArea name="reason" label={a.reason} hint={a.reasonHint} required rows={2} />
              </ActionForm>
            </FormSection>
          ) : null}
        </>
      ) : null}

      <ChangeHistory entityType="person" entityId={person.id} locale={locale} />
    </div>
  );
}
