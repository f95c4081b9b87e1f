import { getLocale, getTranslations } from "next-intl/server";
import { cardExpiry, cardName } from "./format";

type Card = { brand: string; last4: string; expMonth: number; expYear: number };

/** "Visa ending in 4242 · expires 12/2034", then any details that tell it from a card just like it. */
export async function CardLabel({ card, moreDetails = [] }: { card: Card; moreDetails?: readonly string[] }) {
  const t = await getTranslations("format");
  return (
    <span>
      {cardName(card, await getLocale())}
      <span className="text-slate-700">
        {" "}
        · {t("expires", { expiry: cardExpiry(card) })}
        {moreDetails.map((detail) => ` · ${detail}`).join("")}
      </span>
    </span>
  );
}
