export default function HomePage() {
  return (
    <main className="mx-auto max-w-2xl px-6 py-16">
      <h1 className="text-3xl font-semibold tracking-tight">Plugipay customer portal</h1>
      <p className="mt-4 text-slate-700">
        This server hosts the self-serve billing portal that Plugipay merchants send their customers to, and the merchant
        API that mints portal links: <code className="rounded bg-slate-200 px-1">POST /v1/portal-sessions</code>.
      </p>
      <p className="mt-4 text-slate-700">
        Customers arrive through a link their merchant minted for them. If you are a customer, go back to the site you came
        from and choose “Manage billing” again.
      </p>
    </main>
  );
}
