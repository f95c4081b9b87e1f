// What the Bahasa Indonesia specs share: the widths they walk, and dates and money as id-ID writes them.
export const PORTAL_WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/** "2 Des 2026". */
export const idDate = (value: string | number | Date) => new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value));

/** "US$49,00". */
export const idMoney = (cents: number) => new Intl.NumberFormat("id-ID", { style: "currency", currency: "USD" }).format(cents / 100);
