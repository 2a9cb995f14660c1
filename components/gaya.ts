// Kelas Tailwind bersama untuk kolom isian. Modul biasa (bukan "use client"): komponen server dan klien
// sama-sama mendapat nilainya, bukan referensi klien.
export const kelasInput =
  "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:ring-brand-600 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600";

export const kelasTombol = {
  utama: "rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 bg-brand-700 text-white hover:bg-brand-800",
  kedua: "rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
  bahaya: "rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 bg-red-700 text-white hover:bg-red-800",
} as const;
