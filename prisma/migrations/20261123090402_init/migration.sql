-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "JenisInstansi" AS ENUM ('PEMERINTAH_KABUPATEN', 'PEMERINTAH_KOTA', 'PEMERINTAH_PROVINSI', 'KEMENTERIAN', 'LEMBAGA');

-- CreateEnum
CREATE TYPE "JenisUnitKerja" AS ENUM ('SEKRETARIAT_DAERAH', 'OPD', 'BAGIAN', 'BIDANG', 'SUBBAGIAN', 'SUBBIDANG', 'UPT');

-- CreateEnum
CREATE TYPE "JenisJabatan" AS ENUM ('JPT', 'ADMINISTRATOR', 'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL');

-- CreateEnum
CREATE TYPE "StatusKepegawaian" AS ENUM ('PNS', 'PPPK');

-- CreateEnum
CREATE TYPE "JenisKelamin" AS ENUM ('L', 'P');

-- CreateEnum
CREATE TYPE "JenisPenugasan" AS ENUM ('DEFINITIF', 'PLT', 'PLH');

-- CreateEnum
CREATE TYPE "Peran" AS ENUM ('ADMIN_INSTANSI', 'SUPERADMIN');

-- CreateTable
CREATE TABLE "instansi" (
    "id" UUID NOT NULL,
    "kode" VARCHAR(20) NOT NULL,
    "nama" VARCHAR(200) NOT NULL,
    "jenis" "JenisInstansi" NOT NULL,
    "jabatan_pimpinan" VARCHAR(200) NOT NULL,
    "nama_pimpinan" VARCHAR(200),
    "ibukota" VARCHAR(100),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "instansi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_kerja" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "parent_id" UUID,
    "kode" VARCHAR(30),
    "nama" VARCHAR(200) NOT NULL,
    "singkatan" VARCHAR(30),
    "jenis" "JenisUnitKerja" NOT NULL,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_kerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jabatan" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "unit_kerja_id" UUID NOT NULL,
    "parent_id" UUID,
    "nama" VARCHAR(250) NOT NULL,
    "jenis" "JenisJabatan" NOT NULL,
    "eselon" VARCHAR(10),
    "kelas_jabatan" SMALLINT,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "jabatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pegawai" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "nip" CHAR(18) NOT NULL,
    "status" "StatusKepegawaian" NOT NULL,
    "gelar_depan" VARCHAR(50),
    "nama" VARCHAR(150) NOT NULL,
    "gelar_belakang" VARCHAR(80),
    "tanggal_lahir" DATE NOT NULL,
    "jenis_kelamin" "JenisKelamin" NOT NULL,
    "golongan" VARCHAR(5) NOT NULL,
    "tmt_golongan" DATE,
    "email" VARCHAR(200),
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "pegawai_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "penugasan_jabatan" (
    "id" UUID NOT NULL,
    "pegawai_id" UUID NOT NULL,
    "jabatan_id" UUID NOT NULL,
    "jenis" "JenisPenugasan" NOT NULL,
    "tmt_mulai" DATE NOT NULL,
    "tmt_selesai" DATE,
    "nomor_sk" VARCHAR(100),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "penugasan_jabatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pengguna" (
    "id" UUID NOT NULL,
    "pegawai_id" UUID NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pengguna_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "peran_pengguna" (
    "id" UUID NOT NULL,
    "pengguna_id" UUID NOT NULL,
    "peran" "Peran" NOT NULL,
    "instansi_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "peran_pengguna_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "percobaan_masuk" (
    "id" BIGSERIAL NOT NULL,
    "nip" VARCHAR(40) NOT NULL,
    "alamat" VARCHAR(64) NOT NULL,
    "berhasil" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "percobaan_masuk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "jejak_audit" (
    "id" BIGSERIAL NOT NULL,
    "pengguna_id" UUID,
    "aksi" VARCHAR(80) NOT NULL,
    "entitas" VARCHAR(80) NOT NULL,
    "entitas_id" VARCHAR(80),
    "data" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "jejak_audit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "instansi_kode_key" ON "instansi"("kode");

-- CreateIndex
CREATE INDEX "unit_kerja_instansi_id_idx" ON "unit_kerja"("instansi_id");

-- CreateIndex
CREATE INDEX "unit_kerja_parent_id_idx" ON "unit_kerja"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "unit_kerja_instansi_id_kode_key" ON "unit_kerja"("instansi_id", "kode");

-- CreateIndex
CREATE INDEX "jabatan_instansi_id_idx" ON "jabatan"("instansi_id");

-- CreateIndex
CREATE INDEX "jabatan_unit_kerja_id_idx" ON "jabatan"("unit_kerja_id");

-- CreateIndex
CREATE INDEX "jabatan_parent_id_idx" ON "jabatan"("parent_id");

-- CreateIndex
CREATE UNIQUE INDEX "pegawai_nip_key" ON "pegawai"("nip");

-- CreateIndex
CREATE INDEX "pegawai_instansi_id_idx" ON "pegawai"("instansi_id");

-- CreateIndex
CREATE INDEX "penugasan_jabatan_pegawai_id_tmt_mulai_idx" ON "penugasan_jabatan"("pegawai_id", "tmt_mulai");

-- CreateIndex
CREATE INDEX "penugasan_jabatan_jabatan_id_tmt_mulai_idx" ON "penugasan_jabatan"("jabatan_id", "tmt_mulai");

-- CreateIndex
CREATE UNIQUE INDEX "pengguna_pegawai_id_key" ON "pengguna"("pegawai_id");

-- CreateIndex
CREATE UNIQUE INDEX "peran_pengguna_pengguna_id_peran_instansi_id_key" ON "peran_pengguna"("pengguna_id", "peran", "instansi_id");

-- CreateIndex
CREATE INDEX "percobaan_masuk_nip_created_at_idx" ON "percobaan_masuk"("nip", "created_at");

-- CreateIndex
CREATE INDEX "percobaan_masuk_alamat_created_at_idx" ON "percobaan_masuk"("alamat", "created_at");

-- CreateIndex
CREATE INDEX "jejak_audit_entitas_entitas_id_created_at_idx" ON "jejak_audit"("entitas", "entitas_id", "created_at");

-- CreateIndex
CREATE INDEX "jejak_audit_pengguna_id_created_at_idx" ON "jejak_audit"("pengguna_id", "created_at");

-- AddForeignKey
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_kerja" ADD CONSTRAINT "unit_kerja_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "unit_kerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_unit_kerja_id_fkey" FOREIGN KEY ("unit_kerja_id") REFERENCES "unit_kerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "jabatan" ADD CONSTRAINT "jabatan_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "penugasan_jabatan" ADD CONSTRAINT "penugasan_jabatan_pegawai_id_fkey" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "penugasan_jabatan" ADD CONSTRAINT "penugasan_jabatan_jabatan_id_fkey" FOREIGN KEY ("jabatan_id") REFERENCES "jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pengguna" ADD CONSTRAINT "pengguna_pegawai_id_fkey" FOREIGN KEY ("pegawai_id") REFERENCES "pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "peran_pengguna" ADD CONSTRAINT "peran_pengguna_pengguna_id_fkey" FOREIGN KEY ("pengguna_id") REFERENCES "pengguna"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "peran_pengguna" ADD CONSTRAINT "peran_pengguna_instansi_id_fkey" FOREIGN KEY ("instansi_id") REFERENCES "instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Aturan yang tidak dapat dinyatakan di skema Prisma (tidak dibandingkan oleh uji drift).

-- NIP/NI PPPK selalu 18 digit angka.
ALTER TABLE "pegawai" ADD CONSTRAINT "pegawai_nip_18_digit" CHECK ("nip" ~ '^[0-9]{18}$');

-- Penugasan tidak berakhir sebelum mulai.
ALTER TABLE "penugasan_jabatan" ADD CONSTRAINT "penugasan_jabatan_rentang" CHECK ("tmt_selesai" IS NULL OR "tmt_selesai" >= "tmt_mulai");

-- ADMIN_INSTANSI selalu terikat satu instansi; SUPERADMIN tidak.
ALTER TABLE "peran_pengguna" ADD CONSTRAINT "peran_pengguna_lingkup" CHECK (("peran" = 'ADMIN_INSTANSI') = ("instansi_id" IS NOT NULL));

-- Jejak audit hanya boleh ditambah.
CREATE FUNCTION "jejak_audit_hanya_tambah"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'jejak_audit hanya boleh ditambah (% ditolak)', TG_OP;
END;
$$;
CREATE TRIGGER "jejak_audit_hanya_tambah" BEFORE UPDATE OR DELETE ON "jejak_audit"
  FOR EACH ROW EXECUTE FUNCTION "jejak_audit_hanya_tambah"();
