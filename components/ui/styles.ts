// Shared class names, so buttons, links, cards, headings and tables look and focus the same
// everywhere. Constants rather than CSS classes (@utility): Tailwind still sees every class in the
// source and generates the same CSS, the type checker catches a misspelt or unused token, and call
// sites add their own spacing (`mt-6 ${actionRow}`) without fighting over specificity.
export const primaryButton =
  "inline-flex items-center justify-center rounded-md bg-[var(--accent)] px-4 py-2 text-sm font-semibold text-[var(--on-accent)] shadow-sm hover:brightness-110 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 disabled:opacity-60";
export const secondaryButton =
  "inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-900 shadow-sm hover:bg-slate-50";
export const dangerButton =
  "inline-flex items-center justify-center rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-800";
export const textLink = "font-semibold text-[var(--accent-link)] underline-offset-2 hover:underline";
export const card = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";
export const inputField = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-blue-600";
export const smallTextLink = `text-sm ${textLink}`;
/** A link inside a sentence: always underlined, so it does not rely on colour alone. */
/** A main-navigation link; the current page's (aria-current="page") is underlined in the accent colour. */
export const navLink =
  "inline-block border-b-2 border-transparent px-3 py-3 text-sm font-semibold text-slate-800 hover:text-[var(--accent-link)] aria-[current=page]:border-[var(--accent-link)] aria-[current=page]:text-[var(--accent-link)]";
export const inlineLink = "font-semibold text-[var(--accent-link)] underline";
export const fieldLabel = "block text-sm font-semibold";

export const pageHeading = "text-2xl font-semibold tracking-tight";
export const sectionHeading = "text-lg font-semibold";
export const itemHeading = "text-base font-semibold";
/** A heading with a status badge beside it. */
export const titleRow = "flex flex-wrap items-center gap-3";
export const actionRow = "flex flex-wrap gap-3";
/** The full-width bars at the top of the portal (header, navigation). */
export const pageBar = "border-b border-slate-200 bg-white";

/** One entry of a list of cards, subscriptions or plans: what it is on the left, actions on the right. */
export const listCard = "flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm";
export const noticeTones = {
  success: "border-emerald-300 bg-emerald-50 text-emerald-900",
  error: "border-red-300 bg-red-50 text-red-900",
} as const;

export const tableFrame = "overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm";
export const table = "w-full text-left text-sm";
export const tableHead = "bg-slate-50 text-slate-700";
export const dividedRows = "divide-y divide-slate-200";
export const headerCell = "px-4 py-3 font-semibold";
export const amountHeaderCell = "px-4 py-3 text-right font-semibold";
export const cell = "px-4 py-3";
export const nowrapCell = "px-4 py-3 whitespace-nowrap";
export const amountCell = "px-4 py-3 text-right whitespace-nowrap";
