// What `npm start` prints once the server answers. Demo credentials (a portal URL that signs anyone
// in as the demo customer, and a test key's secret) appear only outside production.

export type DemoLink = { url: string; expiresAt: string; customerName: string; keyId: string; secret: string };

export function startupBanner(input: { isProduction: boolean; origin: string; demoLink: DemoLink | null }): string {
  if (input.isProduction || !input.demoLink) {
    return ["", `Plugipay customer portal is running at ${input.origin} (merchant API under /v1).`, ""].join("\n");
  }
  const link = input.demoLink;
  return [
    "",
    "Plugipay customer portal is running.",
    `  Demo portal URL for ${link.customerName} (single use, expires ${link.expiresAt}):`,
    `    ${link.url}`,
    "  Another one: npm run demo:url",
    `  Merchant API: ${input.origin}/v1  (demo test key below; scripts/plugipay-curl.sh signs requests)`,
    `    export PLUGIPAY_KEY_ID=${link.keyId}`,
    `    export PLUGIPAY_KEY_SECRET=${link.secret}`,
    "",
  ].join("\n");
}
