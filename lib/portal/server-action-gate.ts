// Server-action requests the proxy refuses before Next.js sees them (docs/api.md §7.6). Next.js
// itself answers a foreign Origin and an undecodable body with a 500; here they are 403 and 400.
// Every portal action is a <form action>, which the client router posts as multipart form data
// whose field "0" is the JSON array of arguments: bound ids (plain strings) and the form ("$K<n>");
// a form without fields is posted as that array alone.
// Anything else is not a request the portal makes.

export type ServerActionRefusal = { status: 400 | 403; message: string };

const FORM_REFERENCE = /^\$K[0-9a-f]{1,8}$/;
const ACTION_ID = /^[0-9a-f]{40,42}$/;

export async function refuseServerAction(request: Request): Promise<ServerActionRefusal | null> {
  const actionId = request.headers.get("next-action");
  if (actionId === null || request.method !== "POST") return null;
  if (!isSameOrigin(request.headers)) return { status: 403, message: "Cross-origin form submissions are refused" };
  if (!ACTION_ID.test(actionId)) return { status: 400, message: "Unknown action" };
  const root = await argumentsOf(request);
  if (root === null || !isArgumentList(root)) return { status: 400, message: "The form submission could not be read" };
  return null;
}

/** Field "0" of a multipart body; a form without fields arrives as that JSON alone (text/plain). */
async function argumentsOf(request: Request): Promise<string | null> {
  const copy = request.clone();
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return copy.text().catch(() => null);
  const root = (await copy.formData().catch(() => null))?.get("0");
  return typeof root === "string" ? root : null;
}

/** The check Next.js makes (Origin's host against X-Forwarded-Host or Host), with a missing Origin refused too. */
function isSameOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

function isArgumentList(json: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return false;
  }
  return (
    Array.isArray(value) &&
    value.every((argument) => typeof argument === "string" && (!argument.startsWith("$") || argument.startsWith("$$") || FORM_REFERENCE.test(argument)))
  );
}
