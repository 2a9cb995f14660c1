-- AlterTable
ALTER TABLE "rhk" ADD COLUMN     "dari_matriks" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "peran_hasil" ADD COLUMN     "dihapus_bawahan_at" TIMESTAMPTZ(3);


-- RHK yang sudah ada dan teksnya sama dengan sel matriks pejabat penilai yang ditujukan kepada pemiliknya.
UPDATE "rhk" r SET "dari_matriks" = true
FROM "skp" s, "peran_hasil" p
WHERE r."skp_id" = s."id" AND p."rhk_id" = r."rhk_atasan_id" AND p."bawahan_pegawai_id" = s."pegawai_id" AND r."teks" = p."teks";
