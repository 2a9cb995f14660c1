-- CreateIndex
CREATE INDEX "realisasi_periode_evaluasi_id_idx" ON "realisasi"("periode_evaluasi_id");

