// Every /v1 request goes through the one API wrapper and its endpoint table (lib/api/endpoints).
import { handleApiRequest } from "@/lib/api/handle-api-request";

export const dynamic = "force-dynamic";

export const GET = handleApiRequest;
export const POST = handleApiRequest;
export const PATCH = handleApiRequest;
export const PUT = handleApiRequest;
export const DELETE = handleApiRequest;
