// Batas panjang isian pelaksanaan (sementara; disatukan dengan skema zod).
export const BATAS_PELAKSANAAN = { uraian: 1000, satuan: 60, url: 2000, namaTautan: 160, realisasiTeks: 2000, dasar: 2000, umpanBalik: 2000, alasan: 1000 } as const;
