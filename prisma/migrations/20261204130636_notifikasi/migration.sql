-- CreateEnum
CREATE TYPE "StatusSurel" AS ENUM ('MENUNGGU', 'TERKIRIM', 'GAGAL');

-- AlterTable
ALTER TABLE "pengguna" ADD COLUMN     "notifikasi_surel" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "notifikasi" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "pegawai_id" UUID NOT NULL,
    "jenis" VARCHAR(40) NOT NULL,
    "judul" VARCHAR(200) NOT NULL,
    "isi" VARCHAR(1000) NOT NULL,
    "tautan" VARCHAR(500) NOT NULL,
    "kunci" VARCHAR(200) NOT NULL,
    "dibaca_pada" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifikasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "antrean_surel" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "notifikasi_id" UUID,
    "kepada" VARCHAR(200) NOT NULL,
    "subjek" VARCHAR(250) NOT NULL,
    "teks" TEXT NOT NULL,
    "html" TEXT,
    "status" "StatusSurel" NOT NULL DEFAULT 'MENUNGGU',
    "percobaan" SMALLINT NOT NULL DEFAULT 0,
    "jadwal_berikut" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "galat_terakhir" VARCHAR(1000),
    "terkirim_pada" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "antrean_surel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "notifikasi_kunci_key" ON "notifikasi"("kunci");

-- CreateIndex
CREATE INDEX "notifikasi_pegawai_id_created_at_id_idx" ON "notifikasi"("pegawai_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "notifikasi_pegawai_id_dibaca_pada_idx" ON "notifikasi"("pegawai_id", "dibaca_pada");

-- CreateIndex
CREATE INDEX "notifikasi_instansi_id_idx" ON "notifikasi"("instansi_id");

-- CreateIndex
CREATE INDEX "antrean_surel_status_jadwal_berikut_idx" ON "antrean_surel"("status", "jadwal_berikut");

-- CreateIndex
CREATE INDEX "antrean_surel_instansi_id_idx" ON "antrean_surel"("instansi_id");

-- CreateIndex
CREATE INDEX "antrean_surel_notifikasi_id_idx" ON "antrean_surel"("notifikasi_id");

-- AddForeignKey
ALTER TABLE "notifikasi" ADD CONSTRAINT "notifikasi_pegawai_id_fkey" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "antrean_surel" ADD CONSTRAINT "antrean_surel_notifikasi_id_fkey" FOREIGN KEY ("notifikasi_id") REFERENCES "notifikasi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

