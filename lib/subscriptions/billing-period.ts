// Billing periods: a period starts where the last ended and lasts intervalCount intervals, in UTC
// calendar terms (a monthly period from Jan 31 ends on the last day of February).
export type Interval = "day" | "week" | "month" | "year";

export function addInterval(start: Date, interval: string, count: number): Date {
  const end = new Date(start);
  if (interval === "day") end.setUTCDate(end.getUTCDate() + count);
  else if (interval === "week") end.setUTCDate(end.getUTCDate() + 7 * count);
  else if (interval === "month" || interval === "year") {
    const months = interval === "month" ? count : 12 * count;
    const day = end.getUTCDate();
    end.setUTCDate(1);
    end.setUTCMonth(end.getUTCMonth() + months);
    const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate();
    end.setUTCDate(Math.min(day, lastDay));
  } else throw new Error(`Unknown interval ${interval}`);
  return end;
}
