import { ActionForm } from "@/components/admin/action-form";
import { FieldGroup, SelectField, TextField } from "@/components/admin/fields";
import { SearchPicker } from "@/components/admin/search-picker";
import { SourceFields } from "@/components/admin/source-fields";
import { getDb } from "@/db/client";
import { getOrganization, getPerson, getPost } from "@/db/queries/admin";
import { resolveLocale } from "@/app/_lib/locale";
import { recordId } from "@/lib/validation/fields";
import { appointAction } from "./actions";
import { requireUser } from "../_lib/session";
import { adminTitle, type AdminPageProps } from "../_lib/page";

export const generateMetadata = adminTitle("appointTitle");

/** Appointing: the person (found, or new), the post (found by searching), the dates and the source. */
export default async function AppointPage({ params, searchParams }: AdminPageProps) {
  const { locale, m } = await resolveLocale(params);
  await requireUser(locale);
  const query = await searchParams;
  const db = getDb();
  const personId = recordId(query.personId);
  const postId = recordId(query.postId);
  const person = personId ? getPerson(db, personId) : undefined;
  const post = postId ? getPost(db, postId) : undefined;
  const postOrganization = post ? getOrganization(db, post.organizationId)?.organization : undefined;
  const a = m.admin;
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">{a.appointTitle}</h1>
      <p className="mt-1 mb-4 text-stone-600">{a.appointIntro}</p>
      <ActionForm
        action={appointAction.bind(null, locale)}
        locale={locale}
        submitLabel={a.appointSubmit}
        offerEndConflicting
        offerExistingPerson
        testId="appoint-form"
      >
        <FieldGroup legend={`${a.person} *`}>
          <SearchPicker
            name="personId"
            kind="person"
            label={a.personSearch}
            hint={a.personSearchHint}
            initial={person && !person.retractedAt ? { id: person.id, label: person.fullName } : null}
          />
          <p className="font-semibold">{a.orNewPerson}</p>
          <TextField name="personName" label={a.newPersonName} />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="personBirthYear" label={a.birthYear} inputMode="numeric" />
            <SelectField
              name="personGender"
              label={a.gender}
              options={[
                { value: "", label: a.genderUnknown },
                { value: "female", label: a.female },
                { value: "male", label: a.male },
              ]}
            />
          </div>
        </FieldGroup>
        <FieldGroup legend={`${a.post} *`}>
          <SearchPicker
            name="postId"
            kind="post"
            label={a.postSearch}
            hint={a.postSearchHint}
            required
            initial={post && postOrganization ? { id: post.id, label: `${post.title} · ${postOrganization.name}` } : null}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="startDate" label={a.startDate} hint={a.dateHint} />
            <TextField name="attestedDate" label={a.attestedDate} hint={a.attestedHint} />
            <TextField name="endDate" label={`${a.endDate} (${a.optional})`} hint={a.dateHint} />
            <TextField name="endReason" label={`${a.endReason} (${a.optional})`} />
          </div>
        </FieldGroup>
        <SourceFields required />
      </ActionForm>
    </div>
  );
}
