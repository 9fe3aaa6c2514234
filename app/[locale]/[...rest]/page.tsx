import { notFound } from "next/navigation";

/** Any path no page matches is a real 404 inside the site's layout. */
export default function UnknownPage() {
  notFound();
}
