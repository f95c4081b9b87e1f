import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { pageBar, smallTextLink } from "../ui/styles";

/**
 * The brand bar of every portal page; "Back to <brand>" only when `returnUrl` is given (signed in). One
 * row of one height at every width, signed in or not, so signing in moves nothing (issue 12, item 9):
 * a long brand name is cut with an ellipsis, and on a phone the link reads "Back" (its name stays whole).
 */
export async function PortalHeader({
  brand,
  returnUrl,
  children,
}: {
  brand: { name: string; logoUrl: string | null };
  returnUrl?: string;
  children?: ReactNode;
}) {
  const t = await getTranslations("layout");
  return (
    <header className={pageBar}>
      <div className="mx-auto flex min-h-[4.25rem] max-w-4xl items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <div className="flex min-w-0 items-center gap-3">
          {brand.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- merchant logos live on their own hosts
            <img src={brand.logoUrl} alt="" className="h-8 w-auto shrink-0" />
          ) : (
            <span
              aria-hidden="true"
              className="flex h-8 w-8 shrink-0 items-center justify-center rounded-md bg-[var(--accent)] font-bold text-[var(--on-accent)]"
            >
              {brand.name.slice(0, 1).toUpperCase()}
            </span>
          )}
          <span className="truncate text-lg font-semibold">{brand.name}</span>
        </div>
        {returnUrl !== undefined || children ? (
          <div className="flex shrink-0 items-center gap-4">
            {returnUrl !== undefined ? (
              <a href={returnUrl} className={smallTextLink}>
                <span aria-hidden="true">← </span>
                {t.rich("backToShort", { brand: brand.name, rest: (chunks) => <span className="max-sm:sr-only">{chunks}</span> })}
              </a>
            ) : null}
            {children}
          </div>
        ) : null}
      </div>
    </header>
  );
}
