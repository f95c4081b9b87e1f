import type { ReactNode } from "react";

export function PortalHeader({
  brand,
  returnUrl,
  children,
}: {
  brand: { name: string; logoUrl: string | null };
  returnUrl: string;
  children?: ReactNode;
}) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
        <div className="flex items-center gap-3">
          {brand.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- merchant logos live on their own hosts
            <img src={brand.logoUrl} alt="" className="h-8 w-auto" />
          ) : (
            <span aria-hidden="true" className="flex h-8 w-8 items-center justify-center rounded-md bg-[var(--accent)] font-bold text-[var(--on-accent)]">
              {brand.name.slice(0, 1).toUpperCase()}
            </span>
          )}
          <span className="text-lg font-semibold">{brand.name}</span>
        </div>
        <div className="flex items-center gap-4">
          <a href={returnUrl} className="text-sm font-semibold text-[var(--accent-link)] underline-offset-2 hover:underline">
            <span aria-hidden="true">← </span>Back to {brand.name}
          </a>
          {children}
        </div>
      </div>
    </header>
  );
}
