import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const request = (forwardedFor?: string) => new Request("http://localhost/v1/customers", { headers: forwardedFor ? { "X-Forwarded-For": forwardedFor } : {} });

// The last entry is the one our own server appended: the peer of its socket.
describe("clientAddress", () => {
  it("with no proxy, takes the socket's peer, whatever the client wrote before it", () => {
    expect(clientAddress(request("198.51.100.4"), 0)).toBe("198.51.100.4");
    expect(clientAddress(request("9.9.9.9, 198.51.100.4"), 0)).toBe("198.51.100.4");
  });

  it("behind trusted proxies, takes what the outermost one saw, not what the client claims", () => {
    expect(clientAddress(request("1.1.1.1, 203.0.113.7, 10.0.0.2"), 1)).toBe("203.0.113.7");
    expect(clientAddress(request("1.1.1.1, 203.0.113.7, 10.0.0.3, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("falls back to the first entry when fewer hops appended than configured, and to 'unknown' without any", () => {
    expect(clientAddress(request("198.51.100.4"), 3)).toBe("198.51.100.4");
    expect(clientAddress(request(), 1)).toBe("unknown");
  });
});
