import { cardBrandLabel } from "./format";

export function CardLabel({ card }: { card: { brand: string; last4: string; expMonth: number; expYear: number } }) {
  return (
    <span>
      {cardBrandLabel(card.brand)} ending in {card.last4}
      <span className="text-slate-700"> · expires {String(card.expMonth).padStart(2, "0")}/{card.expYear}</span>
    </span>
  );
}
