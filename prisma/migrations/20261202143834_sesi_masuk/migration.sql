-- CreateTable
CREATE TABLE "sesi_masuk" (
    "id" UUID NOT NULL,
    "pengguna_id" UUID NOT NULL,
    "dibuat_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kedaluwarsa_at" TIMESTAMPTZ(3) NOT NULL,
    "dicabut_at" TIMESTAMPTZ(3),
    "alasan_cabut" VARCHAR(30),
    "alamat" VARCHAR(64),

    CONSTRAINT "sesi_masuk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sesi_masuk_pengguna_id_dicabut_at_idx" ON "sesi_masuk"("pengguna_id", "dicabut_at");

-- AddForeignKey
ALTER TABLE "sesi_masuk" ADD CONSTRAINT "sesi_masuk_pengguna_id_fkey" FOREIGN KEY ("pengguna_id") REFERENCES "pengguna"("id") ON DELETE CASCADE ON UPDATE CASCADE;

