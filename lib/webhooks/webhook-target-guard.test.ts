import { describe, expect, it } from "vitest";
import { forbiddenAddressReason, forbiddenHostReason } from "./webhook-target-guard";

// Every address issue 10 item 3 names, and one of each range the guard refuses.
const FORBIDDEN_ADDRESSES: [address: string, why: string][] = [
  ["127.0.0.1", "loopback"],
  ["127.255.255.254", "loopback"],
  ["10.0.0.5", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.255", "private"],
  ["192.168.1.1", "private"],
  ["169.254.0.1", "link-local"],
  ["169.254.169.254", "cloud metadata (AWS, GCP, Azure)"],
  ["100.64.0.1", "shared address space 100.64/10"],
  ["100.100.100.200", "cloud metadata (Alibaba), in 100.64/10"],
  ["198.18.0.1", "benchmarking 198.18/15"],
  ["198.19.255.255", "benchmarking 198.18/15"],
  ["192.0.0.8", "IETF protocol assignments"],
  ["192.0.2.1", "documentation TEST-NET-1"],
  ["198.51.100.7", "documentation TEST-NET-2"],
  ["203.0.113.9", "documentation TEST-NET-3"],
  ["240.0.0.1", "reserved 240/4"],
  ["255.255.255.255", "broadcast"],
  ["224.0.0.1", "multicast"],
  ["239.255.255.250", "multicast"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "this network 0/8"],
  ["::", "IPv6 unspecified"],
  ["::1", "IPv6 loopback"],
  ["::127.0.0.1", "IPv4-compatible loopback"],
  ["::7f00:1", "IPv4-compatible loopback, as the URL parser writes it"],
  ["::8.8.8.8", "IPv4-compatible (deprecated) even of a public address"],
  ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
  ["::ffff:7f00:1", "IPv4-mapped loopback, hex"],
  ["::ffff:10.1.2.3", "IPv4-mapped private"],
  ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
  ["::ffff:0:127.0.0.1", "IPv4-translated loopback"],
  ["::ffff:0:8.8.8.8", "IPv4-translated, any"],
  ["64:ff9b::127.0.0.1", "NAT64 loopback"],
  ["64:ff9b::a00:1", "NAT64 private"],
  ["64:ff9b::a9fe:a9fe", "NAT64 metadata"],
  ["64:ff9b:1::8.8.8.8", "local-use NAT64 64:ff9b:1::/48"],
  ["2002:7f00:1::1", "6to4 of loopback"],
  ["2002:a00:1::", "6to4 of 10.0.0.1"],
  ["2002:c0a8:101::1", "6to4 of 192.168.1.1"],
  ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"],
  ["fec0::1", "site-local fec0::/10"],
  ["fc00::1", "unique local fc00::/7"],
  ["fd00:ec2::254", "unique local (AWS IPv6 metadata)"],
  ["fe80::1", "link-local fe80::/10"],
  ["febf::1", "link-local fe80::/10, top"],
  ["fe80::1%eth0", "link-local with a zone index"],
  ["ff02::1", "multicast"],
  ["100::1", "discard 100::/64"],
  ["2001:db8::1", "documentation"],
  ["2001:2::1", "benchmarking"],
  ["3fff::1", "documentation 3fff::/20"],
  ["4000::1", "outside 2000::/3"],
];

const PUBLIC_ADDRESSES = [
  "8.8.8.8",
  "1.1.1.1",
  "172.32.0.1",
  "100.128.0.1",
  "198.20.0.1",
  "169.253.255.255",
  "2606:4700:4700::1111",
  "2a00:1450:4001:82b::200e",
  "::ffff:8.8.8.8",
  "64:ff9b::808:808",
  "2002:808:808::1",
];

describe("webhook target addresses", () => {
  it.each(FORBIDDEN_ADDRESSES)("refuses %s (%s)", (address) => {
    expect(forbiddenAddressReason(address)).not.toBeNull();
    expect(forbiddenHostReason(address.includes(":") ? `[${address}]` : address)).not.toBeNull();
  });

  it.each(PUBLIC_ADDRESSES)("accepts the public address %s", (address) => {
    expect(forbiddenAddressReason(address)).toBeNull();
  });

  it("says what the address is, and which IPv4 address a transition form carries", () => {
    expect(forbiddenAddressReason("10.0.0.1")).toBe("is a private address");
    expect(forbiddenAddressReason("::ffff:127.0.0.1")).toBe("carries 127.0.0.1, which is a loopback address");
    expect(forbiddenAddressReason("not-an-address")).toBe("not an IP address");
  });
});

describe("webhook target host names", () => {
  it.each([
    "localhost",
    "LOCALHOST.",
    "api.localhost",
    "metadata.google.internal",
    "METADATA.GOOGLE.INTERNAL.",
    "metadata.goog",
    "metadata",
    "instance-data.ec2.internal",
    "db.internal",
    "printer.local",
    "router.home.arpa",
    "intranet",
  ])("refuses %s by its spelling", (host) => {
    expect(forbiddenHostReason(host)).not.toBeNull();
  });

  it.each(["hooks.example.com", "example.org", "webhooks.acme.co.uk", "localhost.example.com"])("leaves %s to the lookup at delivery", (host) => {
    expect(forbiddenHostReason(host)).toBeNull();
  });
});
