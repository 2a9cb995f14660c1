-- CreateIndex
CREATE INDEX "pegawai_instansi_id_nama_idx" ON "pegawai"("instansi_id", "nama");

