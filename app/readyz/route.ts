import { checkReadiness } from "@/lib/health/check-readiness";

export const dynamic = "force-dynamic";

/** Readiness: 200 once the database answers and every shipped migration is applied, else 503. */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "unavailable", database: readiness.database, pendingMigrations: readiness.pendingMigrations },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
