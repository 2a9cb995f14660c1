-- AlterTable
ALTER TABLE "pengguna" ADD COLUMN     "harus_ganti_sandi" BOOLEAN NOT NULL DEFAULT false;

