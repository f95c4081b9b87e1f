import { accentColors } from "@/lib/portal/accent-colors";

/** The brand's accent as CSS variables, in a <style> the page's CSP nonce allows (no inline style attributes). */
export function PortalTheme({ accentColor, nonce }: { accentColor: string | null; nonce: string | undefined }) {
  const colors = accentColors(accentColor);
  return <style nonce={nonce}>{`:root{--accent:${colors.accent};--on-accent:${colors.onAccent};--accent-link:${colors.link}}`}</style>;
}
