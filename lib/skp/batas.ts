// Batas panjang isian perencanaan: satu sumber untuk skema zod (lib/skp/schemas.ts) dan atribut maxLength
// formulir. Modul biasa (bukan "use client"), jadi komponen server dan klien mendapat nilainya.
export const BATAS_RHK = { teks: 2000, indikator: 1000, satuan: 60, targetTeks: 500, penugasanDari: 200 } as const;
export const BATAS_SKP = { ekspektasi: 1000, alasan: 2000, butirLampiran: 1000, selMatriks: 1000, namaTemplat: 100 } as const;
