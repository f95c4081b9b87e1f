export function FlashBanner({ flash }: { flash: { tone: "success" | "error"; text: string } | null }) {
  if (!flash) return null;
  const isError = flash.tone === "error";
  return (
    <div
      role={isError ? "alert" : "status"}
      className={`mb-6 rounded-md border px-4 py-3 text-sm font-medium ${isError ? "border-red-300 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
    >
      {flash.text}
    </div>
  );
}
