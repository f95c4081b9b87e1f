"use client";
// Shown when a portal page fails unexpectedly: nothing was changed, and the customer can retry. Its
// words come translated from the layout (components/portal/error-text.tsx).
import { useErrorText } from "@/components/portal/error-text";
import { noticeTones } from "@/components/ui/styles";

export default function PortalError({ reset }: { error: Error; reset: () => void }) {
  const text = useErrorText();
  return (
    <div role="alert" className={`rounded-md border p-4 ${noticeTones.error}`}>
      <p className="font-semibold">{text.heading}</p>
      <p className="mt-1 text-sm">{text.body}</p>
      <button type="button" onClick={reset} className="mt-3 rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm font-semibold">
        {text.retry}
      </button>
    </div>
  );
}
