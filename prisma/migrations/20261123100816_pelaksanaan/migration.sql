-- CreateEnum
CREATE TYPE "StatusPeriodeEvaluasi" AS ENUM ('BUKA', 'TUTUP');

-- CreateEnum
CREATE TYPE "JenisBukti" AS ENUM ('BERKAS', 'TAUTAN');

-- CreateEnum
CREATE TYPE "StatusBukti" AS ENUM ('MENGUNGGAH', 'SIAP');

-- CreateTable
CREATE TABLE "periode_evaluasi" (
    "id" UUID NOT NULL,
    "periode_kinerja_id" UUID NOT NULL,
    "kode" VARCHAR(4) NOT NULL,
    "label" VARCHAR(40) NOT NULL,
    "urutan" SMALLINT NOT NULL,
    "mulai" DATE NOT NULL,
    "selesai" DATE NOT NULL,
    "status" "StatusPeriodeEvaluasi" NOT NULL DEFAULT 'BUKA',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "periode_evaluasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rencana_aksi" (
    "id" UUID NOT NULL,
    "rhk_id" UUID NOT NULL,
    "periode_evaluasi_id" UUID NOT NULL,
    "urutan" SMALLINT NOT NULL,
    "uraian" TEXT NOT NULL,
    "target_angka" DECIMAL(18,4),
    "satuan" VARCHAR(60),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rencana_aksi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bukti_dukung" (
    "id" UUID NOT NULL,
    "rencana_aksi_id" UUID NOT NULL,
    "jenis" "JenisBukti" NOT NULL,
    "status" "StatusBukti" NOT NULL DEFAULT 'SIAP',
    "nama" VARCHAR(160) NOT NULL,
    "mime" VARCHAR(100),
    "ukuran" INTEGER,
    "sha256" CHAR(64),
    "kunci" VARCHAR(220),
    "url" VARCHAR(2000),
    "diunggah_oleh" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bukti_dukung_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "realisasi" (
    "id" UUID NOT NULL,
    "iki_id" UUID NOT NULL,
    "periode_evaluasi_id" UUID NOT NULL,
    "nilai" DECIMAL(18,4),
    "teks" TEXT,
    "dasar" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "realisasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "umpan_balik" (
    "id" UUID NOT NULL,
    "skp_id" UUID NOT NULL,
    "rhk_id" UUID,
    "rencana_aksi_id" UUID,
    "penulis_pegawai_id" UUID NOT NULL,
    "teks" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "umpan_balik_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kunjungan_skp" (
    "pegawai_id" UUID NOT NULL,
    "skp_id" UUID NOT NULL,
    "terakhir_dilihat" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "kunjungan_skp_pkey" PRIMARY KEY ("pegawai_id","skp_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "periode_evaluasi_periode_kinerja_id_kode_key" ON "periode_evaluasi"("periode_kinerja_id", "kode");

-- CreateIndex
CREATE INDEX "rencana_aksi_rhk_id_periode_evaluasi_id_urutan_idx" ON "rencana_aksi"("rhk_id", "periode_evaluasi_id", "urutan");

-- CreateIndex
CREATE INDEX "rencana_aksi_periode_evaluasi_id_idx" ON "rencana_aksi"("periode_evaluasi_id");

-- CreateIndex
CREATE UNIQUE INDEX "bukti_dukung_kunci_key" ON "bukti_dukung"("kunci");

-- CreateIndex
CREATE INDEX "bukti_dukung_rencana_aksi_id_idx" ON "bukti_dukung"("rencana_aksi_id");

-- CreateIndex
CREATE INDEX "bukti_dukung_status_created_at_idx" ON "bukti_dukung"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "realisasi_iki_id_periode_evaluasi_id_key" ON "realisasi"("iki_id", "periode_evaluasi_id");

-- CreateIndex
CREATE INDEX "umpan_balik_skp_id_created_at_idx" ON "umpan_balik"("skp_id", "created_at");

-- AddForeignKey
ALTER TABLE "periode_evaluasi" ADD CONSTRAINT "periode_evaluasi_periode_kinerja_id_fkey" FOREIGN KEY ("periode_kinerja_id") REFERENCES "periode_kinerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_rhk_id_fkey" FOREIGN KEY ("rhk_id") REFERENCES "rhk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_periode_evaluasi_id_fkey" FOREIGN KEY ("periode_evaluasi_id") REFERENCES "periode_evaluasi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_rencana_aksi_id_fkey" FOREIGN KEY ("rencana_aksi_id") REFERENCES "rencana_aksi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_iki_id_fkey" FOREIGN KEY ("iki_id") REFERENCES "iki"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "realisasi" ADD CONSTRAINT "realisasi_periode_evaluasi_id_fkey" FOREIGN KEY ("periode_evaluasi_id") REFERENCES "periode_evaluasi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_skp_id_fkey" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_rhk_id_fkey" FOREIGN KEY ("rhk_id") REFERENCES "rhk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_rencana_aksi_id_fkey" FOREIGN KEY ("rencana_aksi_id") REFERENCES "rencana_aksi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umpan_balik" ADD CONSTRAINT "umpan_balik_penulis_pegawai_id_fkey" FOREIGN KEY ("penulis_pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kunjungan_skp" ADD CONSTRAINT "kunjungan_skp_skp_id_fkey" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Ditulis tangan (tidak terungkap di schema.prisma; uji drift tidak membandingkan CHECK).
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_jenis_isi" CHECK (
  ("jenis" = 'BERKAS' AND "kunci" IS NOT NULL AND "url" IS NULL) OR ("jenis" = 'TAUTAN' AND "url" IS NOT NULL AND "kunci" IS NULL)
);
ALTER TABLE "bukti_dukung" ADD CONSTRAINT "bukti_dukung_ukuran" CHECK ("ukuran" IS NULL OR "ukuran" > 0);
ALTER TABLE "periode_evaluasi" ADD CONSTRAINT "periode_evaluasi_rentang" CHECK ("selesai" >= "mulai");
ALTER TABLE "rencana_aksi" ADD CONSTRAINT "rencana_aksi_target" CHECK ("target_angka" IS NULL OR "target_angka" >= 0);
