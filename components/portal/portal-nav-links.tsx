"use client";
// The portal's main navigation links, marking the current section with aria-current (a client leaf:
// the layout that renders the nav persists across client navigations, so only the path can tell).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { navLink } from "../ui/styles";

export type PortalNavLink = { href: string; label: string };

export function PortalNavLinks({ links }: { links: readonly PortalNavLink[] }) {
  const pathname = usePathname();
  const current = currentLink(links, pathname);
  return links.map((link) => (
    <li key={link.href} className="shrink-0">
      <Link href={link.href} prefetch={false} aria-current={link.href === current ? "page" : undefined} className={navLink}>
        {link.label}
      </Link>
    </li>
  ));
}

/** The link whose page holds the path: the longest href that is the path or one of its parents. */
function currentLink(links: readonly PortalNavLink[], pathname: string): string | undefined {
  const holding = links.filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`));
  return holding.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
