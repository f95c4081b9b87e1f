// Helpers shared by the plans API integration tests.
import "server-only";
import { expect } from "vitest";
import { prisma } from "../db";
import { callApi, type ApiResult } from "../testing/api-client";
import type { TestWorkspace } from "../testing/fixtures";

export const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const PLAN_ID = /^plan_[0-9A-HJKMNP-TV-Z]{26}$/;
export const PRICE_ID = /^price_[0-9A-HJKMNP-TV-Z]{26}$/;

export type PriceData = Record<string, unknown> & { id: string };
export type PlanData = Record<string, unknown> & { id: string; prices: PriceData[]; portalFeatures: Record<string, boolean> };

/** A monthly plan with one USD price: the smallest valid create body. */
export const MONTHLY = { name: "Pro", interval: "month", prices: [{ currency: "USD", unitAmount: 4900, model: "flat" }] };

export function planOf(result: ApiResult): PlanData {
  return result.json.data as PlanData;
}

export async function createPlanByApi(workspace: TestWorkspace, body: Record<string, unknown> = MONTHLY): Promise<PlanData> {
  const result = await callApi({ key: workspace.key, path: "/v1/plans", body });
  expect(result.status).toBe(201);
  return planOf(result);
}

export async function planEventsOf(workspaceId: string) {
  const events = await prisma.event.findMany({ where: { workspaceId }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] });
  return events.map((event) => ({
    type: event.type,
    data: JSON.parse(event.data) as { object: PlanData; previousAttributes?: Record<string, unknown> },
  }));
}
