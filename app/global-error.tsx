"use client";
// Galat pada tata letak akar: menggantikan seluruh dokumen, jadi memuat <html> dan gaya sendiri.
import "./globals.css";
import { GalatTakTerduga } from "@/components/galat-tak-terduga";

export default function GalatGlobal(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 px-4 py-16 font-sans">
        <main>
          <GalatTakTerduga {...props} />
        </main>
      </body>
    </html>
  );
}
