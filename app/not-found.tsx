export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-4 text-slate-700">
        There is nothing here. If you were managing your billing, go back to the website you came from and open the billing
        portal again.
      </p>
    </main>
  );
}
