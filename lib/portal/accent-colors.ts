// Brand accent colours that stay readable: text on the accent is white or near-black, whichever
// contrasts more, and links use the accent only where it meets WCAG AA on white.
const DEFAULT_ACCENT = "#4338ca";
const DEFAULT_LINK = "#1e40af";

export type AccentColors = { accent: string; onAccent: string; link: string };

export function accentColors(accentColor: string | null): AccentColors {
  const accent = accentColor && /^#[0-9a-fA-F]{6}$/.test(accentColor) ? accentColor.toLowerCase() : DEFAULT_ACCENT;
  const luminance = relativeLuminance(accent);
  const onAccent = contrast(luminance, 1) >= contrast(luminance, relativeLuminance("#0f172a")) ? "#ffffff" : "#0f172a";
  const link = contrast(luminance, 1) >= 4.5 ? accent : DEFAULT_LINK;
  return { accent, onAccent, link };
}

export function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: number, b: number): number {
  const [light, dark] = a > b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05);
}
