import { describe, expect, it } from "vitest";
import { refuseRequestLine } from "./request-line-gate.mjs";
import { isHttpsRequest, strictTransportSecurityHeaders } from "./strict-transport-security.mjs";

describe("refuseRequestLine", () => {
  it("answers malformed percent-encoding with 400 and accepts well-formed paths", () => {
    expect(refuseRequestLine("GET", "/portal/%ZZ", "portal")).toMatchObject({ status: 400 });
    expect(refuseRequestLine("GET", "/v1/customers/cus_%ZZ?limit=1", "api")).toMatchObject({ status: 400 });
    expect(refuseRequestLine("GET", "/v1/customers/cus_%E2%82", "api")).toMatchObject({ status: 400 });
    expect(refuseRequestLine("GET", "/v1/customers/cus_%41?q=%ZZ", "api")).toBeNull();
    expect(refuseRequestLine("POST", "/portal/ps_1/session", "portal")).toBeNull();
  });

  it("answers methods the app does not serve with 405", () => {
    for (const method of ["TRACE", "PROPFIND", "CONNECT", "BREW"]) expect(refuseRequestLine(method, "/v1/customers", "api")).toMatchObject({ status: 405 });
    for (const method of ["OPTIONS", "PUT", "DELETE", "TRACE"]) expect(refuseRequestLine(method, "/portal/ps_1", "portal")).toMatchObject({ status: 405 });
    expect(refuseRequestLine("delete", "/v1/customers/cus_1", "api")).toBeNull();
  });
});

describe("Strict-Transport-Security", () => {
  it("is sent on https requests, by URL scheme or X-Forwarded-Proto, and never on plain http", () => {
    const hsts = { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" };
    expect(strictTransportSecurityHeaders("https://billing.example.com/portal/x", new Headers())).toEqual(hsts);
    expect(strictTransportSecurityHeaders("http://10.0.0.5:3000/v1/customers", new Headers({ "X-Forwarded-Proto": "https" }))).toEqual(hsts);
    expect(strictTransportSecurityHeaders("http://10.0.0.5:3000/v1/customers", new Headers())).toEqual({});
    expect(isHttpsRequest("http://10.0.0.5:3000/", new Headers({ "X-Forwarded-Proto": "http" }))).toBe(false);
  });
});
