-- CreateEnum
CREATE TYPE "AlasanBerhenti" AS ENUM ('PENSIUN', 'BERHENTI');

-- AlterTable
ALTER TABLE "unit_kerja" ADD COLUMN     "tmt_tutup" DATE;

-- AlterTable
ALTER TABLE "jabatan" ADD COLUMN     "tmt_tutup" DATE;

-- AlterTable
ALTER TABLE "pegawai" ADD COLUMN     "alasan_berhenti" "AlasanBerhenti",
ADD COLUMN     "tmt_berhenti" DATE;

-- CreateTable
CREATE TABLE "riwayat_pangkat" (
    "id" UUID NOT NULL,
    "pegawai_id" UUID NOT NULL,
    "status" "StatusKepegawaian" NOT NULL,
    "golongan" VARCHAR(5) NOT NULL,
    "tmt" DATE,
    "dicatat_oleh" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "riwayat_pangkat_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "riwayat_pangkat_pegawai_id_created_at_idx" ON "riwayat_pangkat"("pegawai_id", "created_at");

-- AddForeignKey
ALTER TABLE "riwayat_pangkat" ADD CONSTRAINT "riwayat_pangkat_pegawai_id_fkey" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

