-- AlterTable
ALTER TABLE "kunjungan_skp" ADD COLUMN     "acuan_baru" TIMESTAMPTZ(3);

