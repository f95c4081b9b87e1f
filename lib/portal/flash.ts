// One-time result messages after a portal action: the text travels in a short-lived, path-scoped,
// httpOnly cookie and is shown only on the page whose URL names its id — so a crafted link cannot
// put words on the page.
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { z } from "zod";
import { portalCookiePath } from "./portal-cookie";

const FLASH_COOKIE = "plugipay_flash";
const Flash = z.object({ id: z.string(), tone: z.enum(["success", "error"]), text: z.string().max(500) });
export type FlashMessage = z.infer<typeof Flash>;

export async function setFlash(portalSessionId: string, tone: FlashMessage["tone"], text: string): Promise<string> {
  const id = randomBytes(6).toString("base64url");
  (await cookies()).set(FLASH_COOKIE, JSON.stringify({ id, tone, text }), {
    httpOnly: true,
    sameSite: "lax",
    path: portalCookiePath(portalSessionId),
    maxAge: 120,
  });
  return id;
}

export async function readFlash(flashId: string | string[] | undefined): Promise<FlashMessage | null> {
  if (typeof flashId !== "string") return null;
  const raw = (await cookies()).get(FLASH_COOKIE)?.value;
  if (!raw) return null;
  try {
    const flash = Flash.parse(JSON.parse(raw));
    return flash.id === flashId ? flash : null;
  } catch {
    return null;
  }
}
