// GET /api/v1/openapi.json — the same document under the SDKs' prefix.
export { GET } from "../../../v1/openapi.json/route";

export const dynamic = "force-static";
