-- CreateEnum
CREATE TYPE "RitmeEvaluasi" AS ENUM ('BULANAN', 'TRIWULAN', 'SEMESTER');

-- CreateEnum
CREATE TYPE "Pendekatan" AS ENUM ('KUANTITATIF', 'KUALITATIF');

-- CreateEnum
CREATE TYPE "VarianSkp" AS ENUM ('JPT', 'JA_JF');

-- CreateEnum
CREATE TYPE "StatusSkp" AS ENUM ('DRAFT', 'DIAJUKAN', 'DITOLAK', 'DISETUJUI', 'DIGANTI');

-- CreateEnum
CREATE TYPE "JenisRhk" AS ENUM ('UTAMA', 'TAMBAHAN');

-- CreateEnum
CREATE TYPE "Perspektif" AS ENUM ('PENERIMA_LAYANAN', 'PROSES_BISNIS_INTERNAL', 'PENGUATAN_INTERNAL', 'ANGGARAN');

-- CreateEnum
CREATE TYPE "AspekIki" AS ENUM ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA');

-- CreateEnum
CREATE TYPE "NilaiBerakhlak" AS ENUM ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF');

-- CreateEnum
CREATE TYPE "JenisLampiran" AS ENUM ('DUKUNGAN_SUMBER_DAYA', 'SKEMA_PERTANGGUNGJAWABAN', 'KONSEKUENSI');

-- CreateTable
CREATE TABLE "periode_kinerja" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "tahun" SMALLINT NOT NULL,
    "mulai" DATE NOT NULL,
    "selesai" DATE NOT NULL,
    "ritme" "RitmeEvaluasi" NOT NULL DEFAULT 'TRIWULAN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "periode_kinerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "skp" (
    "id" UUID NOT NULL,
    "periode_id" UUID NOT NULL,
    "pegawai_id" UUID NOT NULL,
    "jabatan_id" UUID NOT NULL,
    "mulai" DATE NOT NULL,
    "selesai" DATE NOT NULL,
    "pendekatan" "Pendekatan" NOT NULL,
    "varian" "VarianSkp" NOT NULL,
    "status" "StatusSkp" NOT NULL DEFAULT 'DRAFT',
    "versi" SMALLINT NOT NULL DEFAULT 1,
    "revisi_dari_id" UUID,
    "pegawai_snapshot" JSONB NOT NULL,
    "penilai_pegawai_id" UUID,
    "penilai_snapshot" JSONB,
    "atasan_penilai_snapshot" JSONB,
    "alasan_ditolak" TEXT,
    "diajukan_at" TIMESTAMPTZ(3),
    "disetujui_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "skp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rhk" (
    "id" UUID NOT NULL,
    "skp_id" UUID NOT NULL,
    "jenis" "JenisRhk" NOT NULL,
    "urutan" SMALLINT NOT NULL,
    "teks" TEXT NOT NULL,
    "rhk_atasan_id" UUID,
    "perspektif" "Perspektif",
    "penugasan_dari" VARCHAR(200),
    "asal_rhk_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rhk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "iki" (
    "id" UUID NOT NULL,
    "rhk_id" UUID NOT NULL,
    "urutan" SMALLINT NOT NULL,
    "aspek" "AspekIki",
    "indikator" TEXT NOT NULL,
    "target_min" DECIMAL(18,4),
    "target_maks" DECIMAL(18,4),
    "satuan" VARCHAR(60),
    "target_teks" TEXT NOT NULL,

    CONSTRAINT "iki_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "perilaku_skp" (
    "id" UUID NOT NULL,
    "skp_id" UUID NOT NULL,
    "nilai" "NilaiBerakhlak" NOT NULL,
    "ekspektasi" TEXT,

    CONSTRAINT "perilaku_skp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lampiran_skp" (
    "id" UUID NOT NULL,
    "skp_id" UUID NOT NULL,
    "jenis" "JenisLampiran" NOT NULL,
    "urutan" SMALLINT NOT NULL,
    "teks" TEXT NOT NULL,

    CONSTRAINT "lampiran_skp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "peran_hasil" (
    "id" UUID NOT NULL,
    "rhk_id" UUID NOT NULL,
    "bawahan_pegawai_id" UUID NOT NULL,
    "teks" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "peran_hasil_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "template_ekspektasi" (
    "id" UUID NOT NULL,
    "pemilik_pegawai_id" UUID NOT NULL,
    "nama" VARCHAR(100) NOT NULL,
    "isi" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "template_ekspektasi_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "periode_kinerja_instansi_id_tahun_key" ON "periode_kinerja"("instansi_id", "tahun");

-- CreateIndex
CREATE UNIQUE INDEX "skp_revisi_dari_id_key" ON "skp"("revisi_dari_id");

-- CreateIndex
CREATE INDEX "skp_penilai_pegawai_id_status_idx" ON "skp"("penilai_pegawai_id", "status");

-- CreateIndex
CREATE INDEX "skp_periode_id_status_idx" ON "skp"("periode_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "skp_pegawai_id_periode_id_jabatan_id_mulai_versi_key" ON "skp"("pegawai_id", "periode_id", "jabatan_id", "mulai", "versi");

-- CreateIndex
CREATE INDEX "rhk_skp_id_jenis_urutan_idx" ON "rhk"("skp_id", "jenis", "urutan");

-- CreateIndex
CREATE INDEX "rhk_rhk_atasan_id_idx" ON "rhk"("rhk_atasan_id");

-- CreateIndex
CREATE INDEX "iki_rhk_id_urutan_idx" ON "iki"("rhk_id", "urutan");

-- CreateIndex
CREATE UNIQUE INDEX "perilaku_skp_skp_id_nilai_key" ON "perilaku_skp"("skp_id", "nilai");

-- CreateIndex
CREATE INDEX "lampiran_skp_skp_id_jenis_urutan_idx" ON "lampiran_skp"("skp_id", "jenis", "urutan");

-- CreateIndex
CREATE INDEX "peran_hasil_bawahan_pegawai_id_idx" ON "peran_hasil"("bawahan_pegawai_id");

-- CreateIndex
CREATE UNIQUE INDEX "peran_hasil_rhk_id_bawahan_pegawai_id_key" ON "peran_hasil"("rhk_id", "bawahan_pegawai_id");

-- CreateIndex
CREATE UNIQUE INDEX "template_ekspektasi_pemilik_pegawai_id_nama_key" ON "template_ekspektasi"("pemilik_pegawai_id", "nama");

-- AddForeignKey
ALTER TABLE "periode_kinerja" ADD CONSTRAINT "periode_kinerja_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp" ADD CONSTRAINT "skp_periode_id_fkey" FOREIGN KEY ("periode_id") REFERENCES "periode_kinerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp" ADD CONSTRAINT "skp_pegawai_id_fkey" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp" ADD CONSTRAINT "skp_jabatan_id_fkey" FOREIGN KEY ("jabatan_id") REFERENCES "jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp" ADD CONSTRAINT "skp_penilai_pegawai_id_fkey" FOREIGN KEY ("penilai_pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp" ADD CONSTRAINT "skp_revisi_dari_id_fkey" FOREIGN KEY ("revisi_dari_id") REFERENCES "skp"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_skp_id_fkey" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_rhk_atasan_id_fkey" FOREIGN KEY ("rhk_atasan_id") REFERENCES "rhk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "iki" ADD CONSTRAINT "iki_rhk_id_fkey" FOREIGN KEY ("rhk_id") REFERENCES "rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "perilaku_skp" ADD CONSTRAINT "perilaku_skp_skp_id_fkey" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lampiran_skp" ADD CONSTRAINT "lampiran_skp_skp_id_fkey" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_rhk_id_fkey" FOREIGN KEY ("rhk_id") REFERENCES "rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "peran_hasil" ADD CONSTRAINT "peran_hasil_bawahan_pegawai_id_fkey" FOREIGN KEY ("bawahan_pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "template_ekspektasi" ADD CONSTRAINT "template_ekspektasi_pemilik_pegawai_id_fkey" FOREIGN KEY ("pemilik_pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Ditulis tangan (tidak terungkap di schema.prisma; uji drift tidak membandingkan CHECK).
ALTER TABLE "skp" ADD CONSTRAINT "skp_rentang" CHECK ("selesai" >= "mulai");
ALTER TABLE "skp" ADD CONSTRAINT "skp_versi_positif" CHECK ("versi" >= 1);
ALTER TABLE "iki" ADD CONSTRAINT "iki_rentang_target" CHECK ("target_min" IS NULL OR "target_maks" IS NULL OR "target_maks" >= "target_min");
ALTER TABLE "periode_kinerja" ADD CONSTRAINT "periode_kinerja_rentang" CHECK ("selesai" >= "mulai");
