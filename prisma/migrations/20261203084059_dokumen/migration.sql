-- CreateEnum
CREATE TYPE "JenisDokumen" AS ENUM ('SKP', 'UMPAN_BALIK', 'EVALUASI', 'DOKUMEN_EVALUASI', 'PENETAPAN');

-- CreateEnum
CREATE TYPE "PeranTtd" AS ENUM ('PEGAWAI', 'PENILAI', 'PENETAP');

-- CreateEnum
CREATE TYPE "MetodeTtd" AS ENUM ('SEGEL', 'BSRE');

-- CreateTable
CREATE TABLE "dokumen" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "jenis" "JenisDokumen" NOT NULL,
    "subjek" VARCHAR(120) NOT NULL,
    "versi" SMALLINT NOT NULL,
    "kode" VARCHAR(24) NOT NULL,
    "skp_id" UUID,
    "unit_kerja_id" UUID,
    "judul" VARCHAR(250) NOT NULL,
    "periode" VARCHAR(80) NOT NULL,
    "pihak" JSONB NOT NULL,
    "isi" JSONB NOT NULL,
    "isi_sha256" CHAR(64) NOT NULL,
    "dibuat_oleh" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digantikan_at" TIMESTAMPTZ(3),

    CONSTRAINT "dokumen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tanda_tangan_dokumen" (
    "id" UUID NOT NULL,
    "dokumen_id" UUID NOT NULL,
    "peran" "PeranTtd" NOT NULL,
    "pegawai_id" UUID NOT NULL,
    "pengguna_id" UUID NOT NULL,
    "nama" VARCHAR(250) NOT NULL,
    "nip" VARCHAR(20),
    "metode" "MetodeTtd" NOT NULL,
    "isi_sha256" CHAR(64) NOT NULL,
    "berkas_sha256" CHAR(64) NOT NULL,
    "waktu" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tanda_tangan_dokumen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "berkas_dokumen" (
    "id" UUID NOT NULL,
    "dokumen_id" UUID NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "kunci" VARCHAR(220) NOT NULL,
    "ukuran" INTEGER NOT NULL,
    "jumlah_tanda_tangan" SMALLINT NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "berkas_dokumen_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "dokumen_kode_key" ON "dokumen"("kode");

-- CreateIndex
CREATE INDEX "dokumen_skp_id_idx" ON "dokumen"("skp_id");

-- CreateIndex
CREATE INDEX "dokumen_instansi_id_jenis_created_at_idx" ON "dokumen"("instansi_id", "jenis", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "dokumen_subjek_versi_key" ON "dokumen"("subjek", "versi");

-- CreateIndex
CREATE INDEX "tanda_tangan_dokumen_pegawai_id_waktu_idx" ON "tanda_tangan_dokumen"("pegawai_id", "waktu");

-- CreateIndex
CREATE UNIQUE INDEX "tanda_tangan_dokumen_dokumen_id_peran_key" ON "tanda_tangan_dokumen"("dokumen_id", "peran");

-- CreateIndex
CREATE UNIQUE INDEX "berkas_dokumen_sha256_key" ON "berkas_dokumen"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "berkas_dokumen_kunci_key" ON "berkas_dokumen"("kunci");

-- CreateIndex
CREATE INDEX "berkas_dokumen_dokumen_id_created_at_idx" ON "berkas_dokumen"("dokumen_id", "created_at");

-- AddForeignKey
ALTER TABLE "tanda_tangan_dokumen" ADD CONSTRAINT "tanda_tangan_dokumen_dokumen_id_fkey" FOREIGN KEY ("dokumen_id") REFERENCES "dokumen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "berkas_dokumen" ADD CONSTRAINT "berkas_dokumen_dokumen_id_fkey" FOREIGN KEY ("dokumen_id") REFERENCES "dokumen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

