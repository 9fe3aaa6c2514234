/**
 * Who a request comes from, for throttling and the audit. The connection's own
 * address is the truth unless it is one of the configured reverse proxies
 * (TRUSTED_PROXIES); then the proxy's X-Forwarded-For says who connected to it,
 * read from the right (the hop nearest us) and past every trusted proxy. Anything
 * further left, and the header from any other client, could be forged.
 */
import net from "node:net";

/** A matcher for the trusted proxies: addresses or CIDR ranges, IPv4 or IPv6. */
export function proxyMatcher(trusted: readonly string[]): (address: string) => boolean {
  const list = new net.BlockList();
  for (const entry of trusted) {
    const [address, bits] = entry.split("/");
    const family = net.isIPv6(address) ? "ipv6" : "ipv4";
    if (!net.isIP(address)) continue;
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  return (address) => {
    const plain = unmapped(address);
    const family = net.isIPv6(plain) ? "ipv6" : net.isIPv4(plain) ? "ipv4" : null;
    return family !== null && list.check(plain, family);
  };
}

/** "::ffff:127.0.0.1", how a dual-stack socket reports an IPv4 client, as "127.0.0.1". */
const unmapped = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  isTrusted: (address: string) => boolean,
): string {
  let client = unmapped(socketAddress ?? "unknown");
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (isTrusted(client) && hops.length > 0) {
    const next = unmapped(hops.pop()!);
    if (!net.isIP(next)) break;
    client = next;
  }
  return client;
}
