"use client";
// The words of the portal's error boundary (app/portal/[sessionId]/error.tsx), translated on the server
// by the layout and handed down in a context: a client leaf this small keeps next-intl's client
// runtime and the message files out of the browser's JavaScript.
import { createContext, useContext, type ReactNode } from "react";

export type ErrorText = { heading: string; body: string; retry: string };

const ErrorTextContext = createContext<ErrorText>({
  heading: "Something went wrong while loading this page.",
  body: "Nothing was changed. Please try again.",
  retry: "Try again",
});

export function ErrorTextProvider({ value, children }: { value: ErrorText; children: ReactNode }) {
  return <ErrorTextContext value={value}>{children}</ErrorTextContext>;
}

export function useErrorText(): ErrorText {
  return useContext(ErrorTextContext);
}
