import Link from "next/link";
import type { ReactNode } from "react";
import { textLink } from "../ui/styles";

/** "← Invoices" above a page's heading: back to where the customer came from. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} prefetch={false} className={textLink}>
        <span aria-hidden="true">← </span>
        {children}
      </Link>
    </p>
  );
}
