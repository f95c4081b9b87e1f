// The words of an invoice email (docs/api.md §10.5): subject and plain-text body from the invoice's
// own figures. Never a link: no portal URL, token or hosted page goes into an email, so a forwarded or
// leaked message opens nothing; the PDF attachment carries the invoice.
import { translator } from "../i18n/messages";
import { creditedAmount } from "../invoices/invoice-statuses";
import { formatMoney } from "../money";
import { DEFAULT_LOCALE } from "../portal/negotiate-locale";

export type InvoiceEmailFacts = {
  number: string;
  status: string;
  currency: string;
  total: number;
  amountDue: number;
  dueAt: Date | null;
  merchantName: string;
  customerName: string | null;
};

export type ComposedEmail = { subject: string; textBody: string };

/**
 * In the locale's language, English or Bahasa Indonesia (lib/i18n/messages.ts), with its money and
 * dates. Callers pass the recipient's locale when they know it; Plugipay stores none for customers or
 * merchants yet, so invoice emails are English (en-US) today.
 */
export function composeInvoiceEmail(facts: InvoiceEmailFacts, locale: string = DEFAULT_LOCALE): ComposedEmail {
  const t = translator(locale, "email");
  const merchant = withoutLinks(facts.merchantName) || t("yourMerchant");
  const greeting = facts.customerName ? t("greeting", { name: withoutLinks(facts.customerName) }) : t("greetingWithoutName");
  // A credit (a settled invoice for less than nothing, as the portal labels it) is a credit note: it
  // says what went to the customer's account, never an amount due.
  const credited = creditedAmount(facts);
  if (credited !== null) {
    const amount = formatMoney(credited, facts.currency, locale);
    const body = [greeting, "", t("creditSent", { merchant, number: facts.number, amount }), t("creditedToAccount", { amount }), "", t("creditAttached")];
    return { subject: t("creditSubject", { number: facts.number, merchant }), textBody: [...body, "", `— ${merchant}`].join("\n") + "\n" };
  }
  const total = formatMoney(facts.total, facts.currency, locale);
  const lines = [greeting, "", t("sent", { merchant, number: facts.number, total })];
  if (facts.status === "paid") {
    lines.push(t("paidInFull"));
  } else {
    const amount = formatMoney(facts.amountDue, facts.currency, locale);
    const date = facts.dueAt ? new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(facts.dueAt) : null;
    lines.push(date ? t("amountDueBy", { amount, date }) : t("amountDue", { amount }));
  }
  lines.push("", t("attached"), "", `— ${merchant}`);
  return { subject: t("subject", { number: facts.number, merchant }), textBody: lines.join("\n") + "\n" };
}

/** Names are the merchant's and customer's own text; anything that reads as a link is dropped from them. */
function withoutLinks(text: string): string {
  return text
    .replace(/[a-z][a-z0-9+.-]*:\/\/\S*/gi, "")
    .replace(/\bwww\.\S+/gi, "")
    .replace(/[\r\n]+/g, " ")
    .trim()
    .slice(0, 120);
}
