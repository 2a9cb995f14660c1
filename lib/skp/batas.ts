// Batas panjang isian perencanaan (sementara; disatukan dengan skema zod).
export const BATAS_RHK = { teks: 2000, indikator: 1000, satuan: 60, targetTeks: 500, penugasanDari: 200 } as const;
export const BATAS_SKP = { ekspektasi: 1000, alasan: 2000, butirLampiran: 1000, selMatriks: 1000, namaTemplat: 100 } as const;
