// The payment-methods section's title, "Payment methods · <brand>"; its sub-pages that name
// themselves ("Add a card") take the brand through this layout's template.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { brandedLayoutTitle } from "@/lib/portal/portal-page-title";

export async function generateMetadata({ params }: { params: Promise<{ sessionId: string }> }): Promise<Metadata> {
  return { title: await brandedLayoutTitle((await params).sessionId, (await getTranslations("nav"))("paymentMethods")) };
}

export default function PaymentMethodsLayout({ children }: { children: ReactNode }) {
  return children;
}
