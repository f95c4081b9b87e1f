import type { Metadata } from "next";
import { definePortalPage } from "@/lib/portal/define-portal-page";
import { canCustomerManageCards } from "@/lib/portal/can-customer-manage-cards";
import { FlashBanner } from "@/components/portal/flash-banner";
import { cardBrandLabel } from "@/components/portal/format";
import { pageHeading } from "@/components/ui/styles";
import { addCardAction } from "./actions";
import { AddCardForm } from "./add-card-form";

export const metadata: Metadata = { title: "Add a card" };

const ACCEPTED_BRANDS = ["visa", "mastercard", "amex", "discover"] as const;

export default definePortalPage(
  ({ params: { sessionId }, flash, base }) => (
    <>
      <FlashBanner flash={flash} />
      <h1 className={pageHeading}>Add a card</h1>
      <AddCardForm
        action={addCardAction.bind(null, sessionId)}
        cardsHref={`${base}/payment-methods`}
        brandNames={Object.fromEntries(ACCEPTED_BRANDS.map((brand) => [brand, cardBrandLabel(brand)]))}
      />
    </>
  ),
  { isAvailable: canCustomerManageCards },
);
