import { noticeTones } from "../ui/styles";

export function FlashBanner({ flash }: { flash: { tone: "success" | "error"; text: string } | null }) {
  if (!flash) return null;
  return (
    <div role={flash.tone === "error" ? "alert" : "status"} className={`mb-6 rounded-md border px-4 py-3 text-sm font-medium ${noticeTones[flash.tone]}`}>
      {flash.text}
    </div>
  );
}
