"use client";
// Galat tak terduga di luar portal (mis. halaman masuk).
import { GalatTakTerduga } from "@/components/galat-tak-terduga";

export default function Galat(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="px-4 py-16">
      <GalatTakTerduga {...props} />
    </main>
  );
}
