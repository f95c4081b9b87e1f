import { getLocale } from "next-intl/server";
import { statusLabel } from "./format";

const TONES: Record<string, string> = {
  active: "bg-emerald-100 text-emerald-900",
  trialing: "bg-sky-100 text-sky-900",
  paid: "bg-emerald-100 text-emerald-900",
  credit: "bg-sky-100 text-sky-900", // a downgrade's credit (lib/invoices/invoice-statuses.ts)
  open: "bg-amber-100 text-amber-900",
  past_due: "bg-red-100 text-red-900",
  canceled: "bg-slate-200 text-slate-800",
};

export async function StatusBadge({ status, label }: { status: string; label?: string }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONES[status] ?? "bg-slate-200 text-slate-800"}`}>
      {label ?? statusLabel(status, await getLocale())}
    </span>
  );
}
