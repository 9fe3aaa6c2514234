/**
 * Makes rows and hands them to the sink: counts ids, keeps slugs unique, gives
 * every organisation its standard posts, and remembers which post id each role
 * of an organisation got, so that later phases look nothing up.
 */
import { fold } from "../../lib/fold";
import type { RoleKey } from "../../lib/roles";
import { standardPosts } from "../../lib/structure";
import type { AreaRow, OrganizationRow, PersonRow, SyntheticSink } from "./rows";
import { SlugRegistry } from "./slugs";
import type { TermDates } from "./terms";

/** An organisation made by Records: its id and the post id of each of its roles. */
export interface OrgRef {
  id: number;
  posts: ReadonlyMap<RoleKey, number>;
}

/** One post of one organisation: what a term is held in. */
export interface Seat {
  postId: number;
  organizationId: number;
}

export function seat(organization: OrgRef, role: RoleKey): Seat {
  const postId = organization.posts.get(role);
  if (postId === undefined) throw new Error(`organisation ${organization.id} has no ${role} post`);
  return { postId, organizationId: organization.id };
}

type Unslugged<T> = Omit<T, "id" | "slug">;

export class Records {
  private lastId = { area: 0, organization: 0, post: 0, person: 0, membership: 0 };
  private readonly slugs = { area: new SlugRegistry(), organization: new SlugRegistry(), person: new SlugRegistry() };

  constructor(readonly sink: SyntheticSink) {}

  get peopleCount(): number {
    return this.lastId.person;
  }

  /** `qualified` names the row more fully (with its province) for when the plain slug is taken. */
  area(values: Unslugged<AreaRow>, qualified?: string): number {
    const id = ++this.lastId.area;
    this.sink.area({ id, slug: this.slugs.area.claim(values.name, qualified), ...values });
    return id;
  }

  organization(values: Unslugged<OrganizationRow>, qualified?: string): OrgRef {
    const id = ++this.lastId.organization;
    this.sink.organization({ id, slug: this.slugs.organization.claim(values.name, qualified), ...values });
    const posts = new Map<RoleKey, number>();
    standardPosts(values.kind, values.memberType).forEach((template, sortOrder) => {
      const postId = ++this.lastId.post;
      this.sink.post({ id: postId, organizationId: id, sortOrder, ...template });
      posts.set(template.roleKey, postId);
    });
    return { id, posts };
  }

  person(values: Omit<PersonRow, "id" | "slug" | "foldedName">): number {
    const id = ++this.lastId.person;
    const slug = this.slugs.person.claim(values.fullName);
    this.sink.person({ id, slug, foldedName: fold(values.fullName), ...values });
    return id;
  }

  term(personId: number, where: Seat, dates: TermDates): void {
    this.sink.membership({ id: ++this.lastId.membership, personId, ...where, ...dates });
  }
}
