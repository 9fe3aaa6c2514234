import { describe, expect, it } from "vitest";
import { clientAddress, proxyMatcher } from "@/lib/auth/client-address";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { currentTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep } from "@/lib/auth/second-factor";
import { password } from "@/lib/validation/admin";
import { pageNumber, recordId } from "@/lib/validation/fields";

describe("the client's address", () => {
  const none = proxyMatcher([]);
  const local = proxyMatcher(["127.0.0.1", "10.0.0.0/8", "::1"]);

  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("203.0.113.5", "1.2.3.4", none)).toBe("203.0.113.5");
    expect(clientAddress("::ffff:203.0.113.5", "1.2.3.4, 5.6.7.8", none)).toBe("203.0.113.5");
  });

  it("is read from a trusted proxy's X-Forwarded-For, from the right, past every trusted hop, never further", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.7", local)).toBe("198.51.100.7");
    // The client prepended a forged address; the proxy appended the real one.
    expect(clientAddress("127.0.0.1", "1.2.3.4, 198.51.100.7", local)).toBe("198.51.100.7");
    expect(clientAddress("127.0.0.1", ["1.2.3.4, 198.51.100.7", "10.1.2.3"], local)).toBe("198.51.100.7");
    // A proxy that sent no header is itself the client; garbage stops the walk at the last good hop.
    expect(clientAddress("::1", undefined, local)).toBe("::1");
    expect(clientAddress("127.0.0.1", "not-an-ip", local)).toBe("127.0.0.1");
  });
});

describe("passwords and codes", () => {
  it("refuses short and common passwords", () => {
    expect(password.safeParse("kort-pass").success).toBe(false);
    expect(isCommonPassword("qwerty123456")).toBe(true);
    expect(isCommonPassword("QWERTY123456")).toBe(true);
    expect(password.safeParse("qwerty123456").error?.issues[0].message).toBe("password_common");
    expect(password.safeParse("mây trắng bay qua đèo").success).toBe(true);
  });

  it("takes an authenticator's current code and the step either side, and nothing else", () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 0, 22, 8, 0, 0);
    const step = Math.floor(now / 30_000);
    expect(totpStep(secret, currentTotp(secret, now), now)).toBe(step);
    expect(totpStep(secret, currentTotp(secret, now - 30_000), now)).toBe(step - 1);
    expect(totpStep(secret, currentTotp(secret, now - 120_000), now)).toBeNull();
    expect(totpStep(secret, "12345", now)).toBeNull();
  });

  it("makes ten distinct recovery codes whose hash ignores case, spaces and the dash", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    expect(hashRecoveryCode(` ${codes[0].toUpperCase().replace("-", "")} `)).toBe(hashRecoveryCode(codes[0]));
  });
});

describe("numbers from an address", () => {
  it("are positive safe integers or nothing, and pages are clamped", () => {
    for (const value of ["1e400", "-1", "0", "1.5", "x", "99999999999999999999", undefined, ["1"]]) expect(recordId(value)).toBeUndefined();
    expect(recordId("42")).toBe(42);
    expect(pageNumber("1e400")).toBe(0);
    expect(pageNumber("-3")).toBe(0);
    expect(pageNumber("7")).toBe(7);
    expect(pageNumber("999999")).toBe(10_000);
  });
});
