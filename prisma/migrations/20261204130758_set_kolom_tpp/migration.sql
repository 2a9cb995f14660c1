-- CreateTable
CREATE TABLE "set_kolom_tpp" (
    "id" UUID NOT NULL,
    "instansi_id" UUID NOT NULL,
    "nama" VARCHAR(100) NOT NULL,
    "kolom" VARCHAR(40)[],
    "bawaan" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "set_kolom_tpp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "set_kolom_tpp_instansi_id_nama_key" ON "set_kolom_tpp"("instansi_id", "nama");

