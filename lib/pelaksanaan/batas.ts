// Batas panjang isian pelaksanaan: satu sumber untuk skema zod (lib/pelaksanaan/schemas.ts) dan atribut
// maxLength formulir. satuan dan url sama dengan lebar kolom basis datanya (VARCHAR 60 dan 2000).
export const BATAS_PELAKSANAAN = { uraian: 1000, satuan: 60, url: 2000, namaTautan: 160, realisasiTeks: 2000, dasar: 2000, umpanBalik: 2000, alasan: 1000 } as const;
