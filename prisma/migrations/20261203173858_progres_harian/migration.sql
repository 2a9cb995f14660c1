-- CreateEnum
CREATE TYPE "StatusProgresHarian" AS ENUM ('DRAF', 'DIAJUKAN', 'DISETUJUI', 'DIKEMBALIKAN');

-- CreateEnum
CREATE TYPE "JenisHariLibur" AS ENUM ('LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_DAERAH');

-- AlterTable
ALTER TABLE "pengaturan_penilaian" ADD COLUMN     "progres_maks_jam" SMALLINT NOT NULL DEFAULT 12,
ADD COLUMN     "progres_tenggat_hari" SMALLINT NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "hari_libur" (
    "instansi_id" UUID NOT NULL,
    "tanggal" DATE NOT NULL,
    "nama" VARCHAR(120) NOT NULL,
    "jenis" "JenisHariLibur" NOT NULL DEFAULT 'LIBUR_NASIONAL',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hari_libur_pkey" PRIMARY KEY ("instansi_id","tanggal")
);

-- CreateTable
CREATE TABLE "progres_harian" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "pegawai_id" UUID NOT NULL,
    "skp_id" UUID NOT NULL,
    "rencana_aksi_id" UUID NOT NULL,
    "tanggal" DATE NOT NULL,
    "jam_mulai" SMALLINT NOT NULL,
    "jam_selesai" SMALLINT NOT NULL,
    "kegiatan" VARCHAR(1000) NOT NULL,
    "realisasi" DECIMAL(18,4) NOT NULL,
    "satuan" VARCHAR(60) NOT NULL,
    "bukti_id" UUID,
    "tautan" VARCHAR(2000),
    "status" "StatusProgresHarian" NOT NULL DEFAULT 'DRAF',
    "catatan" VARCHAR(1000),
    "terlambat_hari" SMALLINT NOT NULL DEFAULT 0,
    "sidik" CHAR(64) NOT NULL,
    "diajukan_at" TIMESTAMPTZ(3),
    "ditinjau_at" TIMESTAMPTZ(3),
    "ditinjau_oleh" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "progres_harian_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "progres_harian_pegawai_id_tanggal_idx" ON "progres_harian"("pegawai_id", "tanggal");

-- CreateIndex
CREATE INDEX "progres_harian_skp_id_status_idx" ON "progres_harian"("skp_id", "status");

-- CreateIndex
CREATE INDEX "progres_harian_rencana_aksi_id_status_idx" ON "progres_harian"("rencana_aksi_id", "status");

-- CreateIndex
CREATE INDEX "progres_harian_instansi_id_tanggal_idx" ON "progres_harian"("instansi_id", "tanggal");

-- CreateIndex
CREATE UNIQUE INDEX "progres_harian_pegawai_id_sidik_key" ON "progres_harian"("pegawai_id", "sidik");

-- AddForeignKey
ALTER TABLE "hari_libur" ADD CONSTRAINT "hari_libur_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progres_harian" ADD CONSTRAINT "progres_harian_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progres_harian" ADD CONSTRAINT "progres_harian_pegawai_id_fkey" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progres_harian" ADD CONSTRAINT "progres_harian_skp_id_fkey" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progres_harian" ADD CONSTRAINT "progres_harian_rencana_aksi_id_fkey" FOREIGN KEY ("rencana_aksi_id") REFERENCES "rencana_aksi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progres_harian" ADD CONSTRAINT "progres_harian_bukti_id_fkey" FOREIGN KEY ("bukti_id") REFERENCES "bukti_dukung"("id") ON DELETE SET NULL ON UPDATE CASCADE;

