// /api/v1 is the prefix Plugipay's official SDKs put behind their base URL: the same endpoints.
export { GET, POST, PATCH, PUT, DELETE } from "../../../v1/[...path]/route";

export const dynamic = "force-dynamic";
