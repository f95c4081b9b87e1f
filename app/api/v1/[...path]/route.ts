// /api/v1 is the prefix Plugipay's official SDKs put behind their base URL: the same endpoints.
import { handleApiRequest } from "@/lib/api/handle-api-request";

export const dynamic = "force-dynamic";

export const GET = handleApiRequest;
export const POST = handleApiRequest;
export const PATCH = handleApiRequest;
export const PUT = handleApiRequest;
export const DELETE = handleApiRequest;
