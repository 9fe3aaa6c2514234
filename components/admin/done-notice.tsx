/** The confirmation shown after a form that moved to another page (e.g. ?done=appointed). */
export function DoneNotice({ done, messages }: { done: string | string[] | undefined; messages: Record<string, string> }) {
  const message = typeof done === "string" ? messages[done] : undefined;
  if (!message) return null;
  return (
    <p role="status" className="adm-notice adm-notice-ok mb-4">
      {message}
    </p>
  );
}
