-- CreateEnum
CREATE TYPE "PredikatOrganisasi" AS ENUM ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "CakupanCapaian" AS ENUM ('OPD', 'OPD_DAN_BIDANG');

-- CreateEnum
CREATE TYPE "JenisPengecualian" AS ENUM ('CUTI_BESAR', 'CLTN', 'TUGAS_BELAJAR', 'PENSIUN', 'MUTASI_KELUAR', 'HUKUMAN_DISIPLIN', 'LAINNYA');

-- AlterTable
ALTER TABLE "pengaturan_penilaian" ADD COLUMN     "cakupan_capaian" "CakupanCapaian" NOT NULL DEFAULT 'OPD',
ADD COLUMN     "pemetaan_pimpinan" JSONB;

-- AlterTable
ALTER TABLE "evaluasi_kinerja" ADD COLUMN     "finalisasi_id" UUID,
ADD COLUMN     "rating_hasil_dari_capaian" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "unit_capaian_id" UUID;

-- CreateTable
CREATE TABLE "capaian_organisasi" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "unit_kerja_id" UUID NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "kode" VARCHAR(8) NOT NULL,
    "predikat" "PredikatOrganisasi" NOT NULL,
    "dasar" TEXT NOT NULL,
    "atas_nama" VARCHAR(250) NOT NULL,
    "dokumen_kunci" VARCHAR(220),
    "dokumen_nama" VARCHAR(160),
    "dokumen_mime" VARCHAR(100),
    "dokumen_sha256" CHAR(64),
    "dicatat_oleh" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "capaian_organisasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tabel_distribusi" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "isi" JSONB NOT NULL,
    "catatan" TEXT NOT NULL,
    "dibuat_oleh" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tabel_distribusi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finalisasi_penilaian" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "unit_capaian_id" UUID,
    "tahun" SMALLINT NOT NULL,
    "kode" VARCHAR(8) NOT NULL,
    "penilai_pegawai_id" UUID,
    "capaian" "PredikatOrganisasi",
    "jumlah" JSONB NOT NULL,
    "pelanggaran" JSONB NOT NULL,
    "alasan_override" TEXT,
    "dibuat_oleh" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finalisasi_penilaian_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "perubahan_kalibrasi" (
    "id" UUID NOT NULL,
    "evaluasi_id" UUID NOT NULL,
    "dari_hasil" "RatingKinerja",
    "dari_perilaku" "RatingKinerja",
    "dari_predikat" "PredikatKinerja",
    "ke_hasil" "RatingKinerja" NOT NULL,
    "ke_perilaku" "RatingKinerja" NOT NULL,
    "ke_predikat" "PredikatKinerja" NOT NULL,
    "oleh" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "perubahan_kalibrasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pengecualian_pegawai" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "pegawai_id" UUID NOT NULL,
    "jenis" "JenisPengecualian" NOT NULL,
    "mulai" DATE NOT NULL,
    "selesai" DATE,
    "alasan" TEXT NOT NULL,
    "dibuat_oleh" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pengecualian_pegawai_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "penetapan_distribusi" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "unit_kerja_id" UUID NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "kode" VARCHAR(8) NOT NULL,
    "capaian" "PredikatOrganisasi" NOT NULL,
    "jumlah" JSONB NOT NULL,
    "pelanggaran" JSONB NOT NULL,
    "ditetapkan_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "penetapan_distribusi_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "capaian_organisasi_dokumen_kunci_key" ON "capaian_organisasi"("dokumen_kunci");

-- CreateIndex
CREATE INDEX "capaian_organisasi_unit_kerja_id_tahun_kode_created_at_idx" ON "capaian_organisasi"("unit_kerja_id", "tahun", "kode", "created_at");

-- CreateIndex
CREATE INDEX "capaian_organisasi_instansi_id_tahun_kode_idx" ON "capaian_organisasi"("instansi_id", "tahun", "kode");

-- CreateIndex
CREATE INDEX "tabel_distribusi_instansi_id_created_at_idx" ON "tabel_distribusi"("instansi_id", "created_at");

-- CreateIndex
CREATE INDEX "finalisasi_penilaian_instansi_id_tahun_kode_idx" ON "finalisasi_penilaian"("instansi_id", "tahun", "kode");

-- CreateIndex
CREATE INDEX "perubahan_kalibrasi_evaluasi_id_created_at_idx" ON "perubahan_kalibrasi"("evaluasi_id", "created_at");

-- CreateIndex
CREATE INDEX "pengecualian_pegawai_instansi_id_mulai_idx" ON "pengecualian_pegawai"("instansi_id", "mulai");

-- CreateIndex
CREATE INDEX "pengecualian_pegawai_pegawai_id_idx" ON "pengecualian_pegawai"("pegawai_id");

-- CreateIndex
CREATE UNIQUE INDEX "penetapan_distribusi_unit_kerja_id_tahun_kode_key" ON "penetapan_distribusi"("unit_kerja_id", "tahun", "kode");

-- CreateIndex
CREATE INDEX "evaluasi_kinerja_unit_capaian_id_kode_idx" ON "evaluasi_kinerja"("unit_capaian_id", "kode");

-- AddForeignKey
ALTER TABLE "evaluasi_kinerja" ADD CONSTRAINT "evaluasi_kinerja_finalisasi_id_fkey" FOREIGN KEY ("finalisasi_id") REFERENCES "finalisasi_penilaian"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perubahan_kalibrasi" ADD CONSTRAINT "perubahan_kalibrasi_evaluasi_id_fkey" FOREIGN KEY ("evaluasi_id") REFERENCES "evaluasi_kinerja"("id") ON DELETE CASCADE ON UPDATE CASCADE;

