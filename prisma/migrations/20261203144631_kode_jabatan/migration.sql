-- AlterTable
ALTER TABLE "jabatan" ADD COLUMN     "kode" VARCHAR(64);

-- CreateIndex
CREATE UNIQUE INDEX "jabatan_instansi_id_kode_key" ON "jabatan"("instansi_id", "kode");

