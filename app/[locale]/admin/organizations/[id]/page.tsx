import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { ChangeHistory } from "@/components/admin/change-history";
import { DoneNotice } from "@/components/admin/done-notice";
import { HiddenField, RecordKey, SelectField, TextField } from "@/components/admin/fields";
import { organizationOptions } from "@/components/admin/organization-options";
import { FormSection } from "@/components/admin/sections";
import { getDb } from "@/db/client";
import { getChildren, getOrganization, getOrganizationPosts } from "@/db/queries/admin";
import { organizationInScope } from "@/db/auth/scope";
import { localePath } from "@/lib/i18n";
import { resolveLocale } from "@/app/_lib/locale";
import { createPostAction, renameOrganizationAction, updatePostAction } from "../actions";
import { requireUser } from "../../_lib/session";
import { recordFromParams, type AdminPageProps } from "../../_lib/page";

type Props = AdminPageProps<{ id: string }>;

const load = (params: Props["params"]) => recordFromParams(params, (id) => getOrganization(getDb(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolveLocale(params);
  return { title: (await load(params)).organization.name };
}

/** An organisation in the administration: its name, its posts, what is under it, and its change history. */
export default async function AdminOrganizationPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const { organization, parent } = await load(params);
  const db = getDb();
  const a = m.admin;
  const editable = organizationInScope(db, user, organization.id);
  const posts = getOrganizationPosts(db, organization.id);
  const children = getChildren(db, organization.id);
  const options = organizationOptions(a, locale);
  const { done } = await searchParams;

  return (
    <div className="space-y-8">
      <div>
        {parent ? (
          <p className="text-sm">
            <Link href={localePath(locale, `/admin/organizations/${parent.id}`)}>← {parent.name}</Link>
          </p>
        ) : null}
        <h1 className="text-2xl font-bold">{organization.name}</h1>
        <p className="mt-1 flex flex-wrap gap-4 text-sm">
          <Link href={localePath(locale, `/organizations/${organization.slug}`)}>{a.viewPublic}</Link>
          {editable ? (
            <Link href={localePath(locale, `/admin/organizations/new?parentId=${organization.id}`)}>{a.quickNewOrganization}</Link>
          ) : null}
        </p>
      </div>
      <DoneNotice done={done} messages={{ created: a.organizationCreated }} />
      {!editable ? <p className="adm-notice adm-notice-warn">{a.outOfScope}</p> : null}

      <FormSection id="posts" title={a.postsTitle}>
        <ul className="space-y-2">
          {posts.map((post) => (
            <li key={post.id} className="card">
              <div className="flex flex-wrap items-center gap-x-3">
                <span className="font-semibold">{post.title}</span>
                <span className="text-sm text-stone-600">
                  {a.holdersNow(post.holders)} · {a.maxHolders}: {post.maxHolders ?? a.unlimited}
                </span>
                {editable ? (
                  <Link href={localePath(locale, `/admin/appoint?postId=${post.id}`)} className="ml-auto text-sm font-semibold">
                    {a.navAppoint}
                  </Link>
                ) : null}
              </div>
              {editable ? (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm">{a.editPost}</summary>
                  <div className="mt-2">
                    <ActionForm
                      action={updatePostAction.bind(null, locale)}
                      locale={locale}
                      submitLabel={a.save}
                      successMessage={a.postSaved}
                    >
                      <RecordKey id={post.id} version={post.version} />
                      <div className="grid gap-3 sm:grid-cols-3">
                        <TextField name="title" label={a.postTitle} defaultValue={post.title} required />
                        <SelectField name="roleKey" label={a.roleKey} defaultValue={post.roleKey} options={options.roleKeys} />
                        <TextField
                          name="maxHolders"
                          label={a.maxHolders}
                          hint={a.maxHoldersHint}
                          defaultValue={post.maxHolders}
                          inputMode="numeric"
                        />
                      </div>
                      <TextField name="reason" label={`${a.reason} (${a.optional})`} />
                    </ActionForm>
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      </FormSection>

      {editable ? (
        <FormSection id="new-post" title={a.newPostTitle} className="max-w-3xl">
          <ActionForm
            action={createPostAction.bind(null, locale)}
            locale={locale}
            submitLabel={a.createPostSubmit}
            successMessage={a.postCreated}
          >
            <HiddenField name="organizationId" value={organization.id} />
            <div className="grid gap-3 sm:grid-cols-3">
              <TextField name="title" label={a.postTitle} required />
              <SelectField name="roleKey" label={a.roleKey} defaultValue="other" options={options.roleKeys} />
              <TextField name="maxHolders" label={a.maxHolders} hint={a.maxHoldersHint} inputMode="numeric" />
            </div>
          </ActionForm>
        </FormSection>
      ) : null}

      {editable ? (
        <FormSection id="rename" title={a.renameTitle} intro={a.renameHint} className="max-w-3xl">
          <ActionForm
            action={renameOrganizationAction.bind(null, locale)}
            locale={locale}
            submitLabel={a.renameSubmit}
            successMessage={a.renamed}
          >
            <RecordKey id={organization.id} version={organization.version} />
            <TextField name="name" label={a.organizationName} defaultValue={organization.name} required />
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField name="nameEn" label={a.organizationNameEn} defaultValue={organization.nameEn} />
              <TextField name="shortName" label={a.organizationShortName} defaultValue={organization.shortName} />
            </div>
            <TextField name="reason" label={`${a.reason} (${a.optional})`} />
          </ActionForm>
        </FormSection>
      ) : null}

      {children.length > 0 ? (
        <FormSection id="children" title={a.childOrganizations}>
          <ul className="grid gap-1 sm:grid-cols-2">
            {children.map((child) => (
              <li key={child.id}>
                <Link href={localePath(locale, `/admin/organizations/${child.id}`)}>{child.name}</Link>
              </li>
            ))}
          </ul>
        </FormSection>
      ) : null}

      <ChangeHistory entityType="organization" entityId={organization.id} locale={locale} />
    </div>
  );
}
