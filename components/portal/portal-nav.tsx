import Link from "next/link";
import type { PortalCapabilities } from "@/lib/settings/portal-settings";

export function PortalNav({ portalSessionId, capabilities }: { portalSessionId: string; capabilities: PortalCapabilities }) {
  const base = `/portal/${portalSessionId}`;
  const links = [
    { href: base, label: "Overview" },
    ...(capabilities.updatePaymentMethod ? [{ href: `${base}/payment-methods`, label: "Payment methods" }] : []),
    ...(capabilities.viewInvoices ? [{ href: `${base}/invoices`, label: "Invoices" }] : []),
  ];
  return (
    <nav aria-label="Billing" className="border-b border-slate-200 bg-white">
      <ul className="mx-auto flex max-w-4xl gap-1 overflow-x-auto px-2 sm:px-4">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} prefetch={false} className="inline-block px-3 py-3 text-sm font-semibold text-slate-800 hover:text-[var(--accent-link)]">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
