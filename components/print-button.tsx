"use client";

/** Opens the browser's print dialog; the print stylesheet lays the page out for A4. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className="text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
      {label}
    </button>
  );
}
