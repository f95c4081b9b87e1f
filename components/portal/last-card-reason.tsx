import { getTranslations } from "next-intl/server";

/** Why the customer's only card stays (docs/api.md's refusal for it, told before the click instead). */
export async function LastCardReason({ id }: { id: string }) {
  const t = await getTranslations("cards");
  return (
    <p id={id} className="basis-full text-sm text-slate-700">
      {t("lastCardReason")}
    </p>
  );
}
