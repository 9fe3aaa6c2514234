/**
 * What setting up two-factor sign-in shows: the QR code an authenticator app
 * scans (an SVG made on the server by qrcode, shown as an image so no markup is
 * injected) and the same secret as text, for apps that take it typed.
 */
import QRCode from "qrcode";
import { totpUri } from "@/lib/auth/second-factor";
import type { AdminMessages } from "@/lib/i18n/messages/admin";

export async function TotpSetup({ secret, username, m }: { secret: string; username: string; m: AdminMessages }) {
  const svg = await QRCode.toString(totpUri(secret, username), { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <div className="space-y-2" data-testid="totp-setup">
      <p>{m.totpScan}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server, nothing for next/image to optimise */}
      <img src={`data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`} alt={m.totpQrAlt} width={200} height={200} />
      <p className="text-sm">
        {m.totpSecretText}{" "}
        <code className="break-all" data-testid="totp-secret">
          {secret.match(/.{1,4}/g)?.join(" ")}
        </code>
      </p>
    </div>
  );
}
