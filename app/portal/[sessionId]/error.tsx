"use client";
// Shown when a portal page fails unexpectedly: nothing was changed, and the customer can retry.
export default function PortalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">Something went wrong while loading this page.</p>
      <p className="mt-1 text-sm">Nothing was changed. Please try again.</p>
      <button type="button" onClick={reset} className="mt-3 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold">
        Try again
      </button>
    </div>
  );
}
