-- CreateEnum
CREATE TYPE "CakupanApi" AS ENUM ('PREDIKAT', 'KELENGKAPAN', 'SKP', 'ORGANISASI');

-- CreateTable
CREATE TABLE "token_api" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "nama" VARCHAR(80) NOT NULL,
    "prefix" CHAR(8) NOT NULL,
    "hash_rahasia" CHAR(64) NOT NULL,
    "cakupan" "CakupanApi"[],
    "dibuat_oleh" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "terakhir_dipakai_at" TIMESTAMPTZ(3),
    "dicabut_at" TIMESTAMPTZ(3),
    "dicabut_oleh" UUID,
    "jendela_mulai" TIMESTAMPTZ(3),
    "jendela_jumlah" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "token_api_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "token_api_prefix_key" ON "token_api"("prefix");

-- CreateIndex
CREATE INDEX "token_api_instansi_id_created_at_idx" ON "token_api"("instansi_id", "created_at");

-- AddForeignKey
ALTER TABLE "token_api" ADD CONSTRAINT "token_api_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

