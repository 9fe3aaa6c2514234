"use client";

import { useAdminForm } from "./action-form";
import { FieldGroup, TextArea, TextField } from "./fields";
import { SearchPicker } from "./search-picker";

/** The source a write cites: one already recorded, or a new one, with the words it uses. */
export function SourceFields({ required }: { required?: boolean }) {
  const { m } = useAdminForm();
  return (
    <FieldGroup legend={required ? `${m.source} *` : `${m.source} (${m.optional})`}>
      <SearchPicker name="sourceId" kind="source" label={m.sourceSearch} />
      <p className="font-semibold">{m.orNewSource}</p>
      <TextField name="sourceTitle" label={m.sourceTitle} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="sourcePublisher" label={m.sourcePublisher} />
        <TextField name="sourceDate" label={m.sourceDate} hint={m.dateHint} />
      </div>
      <TextField name="sourceUrl" label={m.sourceUrl} type="url" />
      <TextArea name="sourceQuote" label={m.sourceQuote} rows={2} />
    </FieldGroup>
  );
}
