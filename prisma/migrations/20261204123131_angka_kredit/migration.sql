-- CreateEnum
CREATE TYPE "JenjangJabatan" AS ENUM ('PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA');

-- AlterTable
ALTER TABLE "jabatan" ADD COLUMN     "jenjang" "JenjangJabatan";

-- CreateTable
CREATE TABLE "koefisien_angka_kredit" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "jenjang" "JenjangJabatan" NOT NULL,
    "koefisien" DECIMAL(6,3) NOT NULL,
    "berlaku_mulai" DATE NOT NULL,
    "dibuat_oleh" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "koefisien_angka_kredit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "koefisien_angka_kredit_instansi_id_jenjang_berlaku_mulai_key" ON "koefisien_angka_kredit"("instansi_id", "jenjang", "berlaku_mulai");

-- AddForeignKey
ALTER TABLE "koefisien_angka_kredit" ADD CONSTRAINT "koefisien_angka_kredit_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

