import type { AdminMessages } from "@/lib/i18n/messages/admin";

/** Recovery codes, shown once right after they are made. */
export function RecoveryCodes({ codes, m }: { codes: string[]; m: AdminMessages }) {
  return (
    <div className="adm-notice adm-notice-warn" role="status" data-testid="recovery-codes">
      <p className="font-semibold">{m.recoveryCodesTitle}</p>
      <p>{m.recoveryCodesIntro}</p>
      <ul className="mt-2 grid grid-cols-2 gap-1 font-mono">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}
