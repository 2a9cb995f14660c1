"use client";
// Galat pada tata letak akar: menggantikan seluruh dokumen, jadi memuat <html> dan gaya sendiri.
import "./globals.css";
import { GalatHalaman } from "@/components/galat-halaman";

export default function GalatGlobal(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-slate-50 px-4 py-16 font-sans">
        <main>
          <GalatHalaman {...props} />
        </main>
      </body>
    </html>
  );
}
