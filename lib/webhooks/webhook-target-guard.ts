// Which hosts and addresses a webhook may reach (docs/api.md §8.9, CONTRACT.md §8): public unicast
// addresses only. Loopback, private, link-local, shared (100.64/10), reserved, benchmarking,
// documentation, multicast, broadcast and unspecified addresses are refused, and so are the IPv6
// forms that carry or reach an IPv4 address (mapped, translated, compatible, NAT64, 6to4, Teredo), so
// `[::ffff:127.0.0.1]` or `[64:ff9b::a00:1]` cannot smuggle one past the check. Names are checked
// once they resolve (lib/webhooks/resolve-webhook-target.ts); here only those that are internal by
// their spelling (localhost, cloud metadata names, private-use suffixes, single labels).
import ipaddr from "ipaddr.js";

/** The cloud metadata services' names (their addresses are link-local or shared, refused anyway). */
const METADATA_HOSTNAMES = new Set([
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "metadata.azure.com",
  "metadata.tencentyun.com",
  "metadata.platformequinix.com",
  "instance-data",
  "instance-data.ec2.internal",
]);

/** Suffixes reserved for private use: never a public host (RFC 6761, RFC 6762, RFC 8375, ICANN .internal). */
const PRIVATE_SUFFIXES = ["localhost", "local", "localdomain", "internal", "intranet", "lan", "home.arpa"];

/** An IPv4 address is reachable only when ipaddr.js files it under no special range. */
const PUBLIC_IPV4_RANGE = "unicast";
/** IPv6 ranges whose low 32 bits are the IPv4 address the packet ends up at (checked as that address). */
const IPV6_CARRYING_IPV4_IN_LOW_BITS = new Set(["ipv4Mapped", "rfc6052"]);

/** Why a webhook may not reach this IP address, or null when it may. */
export function forbiddenAddressReason(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "");
  if (!ipaddr.isValid(bare)) return "not an IP address";
  if (!bare.includes(":")) return ipv4Reason(ipaddr.IPv4.parse(bare));
  const canonical = canonicalIpv6(bare);
  return canonical === null ? "not an address the URL parser reads" : ipv6Reason(ipaddr.IPv6.parse(canonical));
}

/**
 * The address as the URL parser (and the socket) reads it. ipaddr.js reads a dotted tail after `::`
 * as IPv4-mapped (`::8.8.8.8` as `::ffff:808:808`), where it is the IPv4-compatible `::808:808`.
 */
function canonicalIpv6(address: string): string | null {
  if (!URL.canParse(`http://[${address}]/`)) return null; // e.g. a zone index (fe80::1%eth0)
  return new URL(`http://[${address}]/`).hostname.replace(/^\[|\]$/g, "");
}

/**
 * Why a webhook may not point at this URL host before any lookup: an IP literal that
 * forbiddenAddressReason refuses, or a name that is internal by its spelling. Null when it may.
 */
export function forbiddenHostReason(hostname: string): string | null {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  if (ipaddr.isValid(host)) return forbiddenAddressReason(host);
  if (METADATA_HOSTNAMES.has(host)) return "is a cloud metadata service";
  if (PRIVATE_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`))) return "is a private or local name";
  if (!host.includes(".")) return "is a single-label (local) name";
  return null;
}

function ipv4Reason(address: ipaddr.IPv4): string | null {
  const range = address.range();
  return range === PUBLIC_IPV4_RANGE ? null : `is a ${range} address`;
}

function ipv6Reason(address: ipaddr.IPv6): string | null {
  const parts = address.parts;
  // ::/96 holds ::, ::1 and the deprecated IPv4-compatible form (::127.0.0.1): never a destination.
  if (parts.slice(0, 6).every((part) => part === 0)) return "is an unspecified, loopback or IPv4-compatible address";
  const range = address.range();
  if (IPV6_CARRYING_IPV4_IN_LOW_BITS.has(range) && isWellKnownNat64OrMapped(parts)) {
    return embeddedReason(ipv4FromParts(parts[6] ?? 0, parts[7] ?? 0));
  }
  // 6to4 (2002::/16) tunnels to the IPv4 address in bits 16–48.
  if (range === "6to4") return embeddedReason(ipv4FromParts(parts[1] ?? 0, parts[2] ?? 0));
  if (range !== "unicast") return `is a ${range} address`;
  // Outside 2000::/3 nothing is allocated for global unicast.
  if (((parts[0] ?? 0) & 0xe000) !== 0x2000) return "is outside the global unicast range";
  return null;
}

/** ::ffff:a.b.c.d and 64:ff9b::a.b.c.d; the local-use NAT64 prefix 64:ff9b:1::/48 embeds the address elsewhere and is refused. */
function isWellKnownNat64OrMapped(parts: number[]): boolean {
  const isMapped = parts.slice(0, 5).every((part) => part === 0) && parts[5] === 0xffff;
  const isWellKnownNat64 = parts[0] === 0x64 && parts[1] === 0xff9b && parts.slice(2, 6).every((part) => part === 0);
  return isMapped || isWellKnownNat64;
}

function embeddedReason(embedded: ipaddr.IPv4): string | null {
  const reason = ipv4Reason(embedded);
  return reason === null ? null : `carries ${embedded.toString()}, which ${reason}`;
}

function ipv4FromParts(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}
