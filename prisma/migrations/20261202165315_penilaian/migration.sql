-- CreateEnum
CREATE TYPE "RatingKinerja" AS ENUM ('DI_ATAS', 'SESUAI', 'DI_BAWAH');

-- CreateEnum
CREATE TYPE "PredikatKinerja" AS ENUM ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "StatusEvaluasi" AS ENUM ('DRAF', 'SELESAI_DINILAI', 'FINAL', 'DIKECUALIKAN');

-- CreateEnum
CREATE TYPE "ModeGerbangPenilaian" AS ENUM ('PERINGATAN', 'BLOKIR');

-- CreateEnum
CREATE TYPE "JenisHari" AS ENUM ('KALENDER', 'KERJA');

-- CreateEnum
CREATE TYPE "StatusKeberatan" AS ENUM ('DIAJUKAN', 'DIPUTUSKAN');

-- CreateEnum
CREATE TYPE "KeputusanKeberatan" AS ENUM ('TETAP', 'DIUBAH');

-- CreateTable
CREATE TABLE "pengaturan_penilaian" (
    "instansi_id" UUID NOT NULL,
    "gerbang" "ModeGerbangPenilaian" NOT NULL DEFAULT 'BLOKIR',
    "tenggat_keberatan" SMALLINT NOT NULL DEFAULT 14,
    "jenis_hari_keberatan" "JenisHari" NOT NULL DEFAULT 'KALENDER',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "pengaturan_penilaian_pkey" PRIMARY KEY ("instansi_id")
);

-- CreateTable
CREATE TABLE "evaluasi_kinerja" (
    "id" UUID NOT NULL,
    "skp_id" UUID NOT NULL,
    "periode_evaluasi_id" UUID,
    "kode" VARCHAR(8) NOT NULL,
    "status" "StatusEvaluasi" NOT NULL DEFAULT 'DRAF',
    "versi" INTEGER NOT NULL DEFAULT 1,
    "rating_hasil" "RatingKinerja",
    "rating_perilaku" "RatingKinerja",
    "predikat" "PredikatKinerja",
    "catatan" TEXT,
    "alasan_dikecualikan" TEXT,
    "penilai_pegawai_id" UUID,
    "atasan_penilai_pegawai_id" UUID,
    "pegawai_snapshot" JSONB NOT NULL,
    "penilai_snapshot" JSONB,
    "atasan_penilai_snapshot" JSONB,
    "dicatat_admin" BOOLEAN NOT NULL DEFAULT false,
    "pindaian_kunci" VARCHAR(220),
    "pindaian_nama" VARCHAR(160),
    "pindaian_mime" VARCHAR(100),
    "pindaian_sha256" CHAR(64),
    "catatan_kelengkapan" TEXT,
    "diubah_oleh" UUID,
    "selesai_dinilai_at" TIMESTAMPTZ(3),
    "final_at" TIMESTAMPTZ(3),
    "final_oleh" UUID,
    "tenggat_keberatan" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evaluasi_kinerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "umpan_evaluasi" (
    "id" UUID NOT NULL,
    "evaluasi_id" UUID NOT NULL,
    "rhk_id" UUID,
    "nilai" "NilaiBerakhlak",
    "pilihan" VARCHAR(30),
    "teks" TEXT,

    CONSTRAINT "umpan_evaluasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "keberatan" (
    "id" UUID NOT NULL,
    "evaluasi_id" UUID NOT NULL,
    "status" "StatusKeberatan" NOT NULL DEFAULT 'DIAJUKAN',
    "alasan" TEXT NOT NULL,
    "berkas_kunci" VARCHAR(220),
    "berkas_nama" VARCHAR(160),
    "berkas_mime" VARCHAR(100),
    "berkas_sha256" CHAR(64),
    "diajukan_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "penjelasan" TEXT,
    "dijelaskan_at" TIMESTAMPTZ(3),
    "keputusan" "KeputusanKeberatan",
    "catatan_keputusan" TEXT,
    "rating_hasil_sebelum" "RatingKinerja" NOT NULL,
    "rating_perilaku_sebelum" "RatingKinerja" NOT NULL,
    "predikat_sebelum" "PredikatKinerja" NOT NULL,
    "rating_hasil_baru" "RatingKinerja",
    "rating_perilaku_baru" "RatingKinerja",
    "predikat_baru" "PredikatKinerja",
    "diputuskan_at" TIMESTAMPTZ(3),
    "diputuskan_oleh" UUID,
    "pemutus_snapshot" JSONB,

    CONSTRAINT "keberatan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "evaluasi_kinerja_pindaian_kunci_key" ON "evaluasi_kinerja"("pindaian_kunci");

-- CreateIndex
CREATE INDEX "evaluasi_kinerja_penilai_pegawai_id_kode_status_idx" ON "evaluasi_kinerja"("penilai_pegawai_id", "kode", "status");

-- CreateIndex
CREATE INDEX "evaluasi_kinerja_atasan_penilai_pegawai_id_idx" ON "evaluasi_kinerja"("atasan_penilai_pegawai_id");

-- CreateIndex
CREATE INDEX "evaluasi_kinerja_periode_evaluasi_id_status_idx" ON "evaluasi_kinerja"("periode_evaluasi_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "evaluasi_kinerja_skp_id_kode_key" ON "evaluasi_kinerja"("skp_id", "kode");

-- CreateIndex
CREATE UNIQUE INDEX "umpan_evaluasi_evaluasi_id_rhk_id_key" ON "umpan_evaluasi"("evaluasi_id", "rhk_id");

-- CreateIndex
CREATE UNIQUE INDEX "umpan_evaluasi_evaluasi_id_nilai_key" ON "umpan_evaluasi"("evaluasi_id", "nilai");

-- CreateIndex
CREATE UNIQUE INDEX "keberatan_evaluasi_id_key" ON "keberatan"("evaluasi_id");

-- CreateIndex
CREATE UNIQUE INDEX "keberatan_berkas_kunci_key" ON "keberatan"("berkas_kunci");

-- CreateIndex
CREATE INDEX "keberatan_status_idx" ON "keberatan"("status");

-- AddForeignKey
ALTER TABLE "pengaturan_penilaian" ADD CONSTRAINT "pengaturan_penilaian_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluasi_kinerja" ADD CONSTRAINT "evaluasi_kinerja_skp_id_fkey" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluasi_kinerja" ADD CONSTRAINT "evaluasi_kinerja_periode_evaluasi_id_fkey" FOREIGN KEY ("periode_evaluasi_id") REFERENCES "periode_evaluasi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluasi_kinerja" ADD CONSTRAINT "evaluasi_kinerja_penilai_pegawai_id_fkey" FOREIGN KEY ("penilai_pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umpan_evaluasi" ADD CONSTRAINT "umpan_evaluasi_evaluasi_id_fkey" FOREIGN KEY ("evaluasi_id") REFERENCES "evaluasi_kinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "umpan_evaluasi" ADD CONSTRAINT "umpan_evaluasi_rhk_id_fkey" FOREIGN KEY ("rhk_id") REFERENCES "rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "keberatan" ADD CONSTRAINT "keberatan_evaluasi_id_fkey" FOREIGN KEY ("evaluasi_id") REFERENCES "evaluasi_kinerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

