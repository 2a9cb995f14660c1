-- CreateEnum
CREATE TYPE "JenisPercobaan" AS ENUM ('MASUK', 'UBAH_SANDI');

-- AlterTable
ALTER TABLE "percobaan_masuk" ADD COLUMN     "dibatasi" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "jenis" "JenisPercobaan" NOT NULL DEFAULT 'MASUK';

