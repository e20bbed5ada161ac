import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * SSRF guard for the admin-set OParl address (docs/security.md): the server fetches what an admin
 * types and what the source links to, so no such address may reach loopback, link-local, private
 * or other non-public networks — unless the operator allows it (KURS_OPARL_ALLOW_PRIVATE=1, e.g.
 * a council system in the county's own network; the tests' fixture server on 127.0.0.1).
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // this network, unspecified
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  blocked.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["64:ff9b::", 96], // NAT64 (an IPv4 address inside)
] as const)
  blocked.addSubnet(net, prefix, "ipv6");

/** Whether an IP address is outside the public internet (IPv4-mapped IPv6 judged as IPv4). */
export function isNonPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isNonPublicAddress(mapped);
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family === 6) return blocked.check(address, "ipv6");
  return true;
}

/** Thrown when an address resolves (also) to a non-public network. */
export class NonPublicAddressError extends Error {}

/** Resolves the URL's host; refuses when any of its addresses is non-public. */
export async function assertPublicUrl(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  if (addresses.length === 0 || addresses.some(isNonPublicAddress))
    throw new NonPublicAddressError(`${url} führt in ein nicht öffentliches Netz`);
}
