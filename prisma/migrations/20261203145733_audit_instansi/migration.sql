-- AlterTable
ALTER TABLE "jejak_audit" ADD COLUMN     "instansi_id" UUID;

-- CreateIndex
CREATE INDEX "jejak_audit_instansi_id_created_at_id_idx" ON "jejak_audit"("instansi_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "jejak_audit_created_at_id_idx" ON "jejak_audit"("created_at", "id");


-- Baris baru: instansi diisi dari pelaku (pegawai penggunanya) atau dari entitas Instansi bila lib/audit tidak
-- memberikannya. Trigger BEFORE INSERT hanya mengisi kolom yang kosong; baris tidak pernah diubah sesudahnya.
CREATE FUNCTION "jejak_audit_isi_instansi"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.instansi_id IS NULL AND NEW.pengguna_id IS NOT NULL THEN
    SELECT p.instansi_id INTO NEW.instansi_id FROM pengguna u JOIN pegawai p ON p.id = u.pegawai_id WHERE u.id = NEW.pengguna_id;
  END IF;
  IF NEW.instansi_id IS NULL AND NEW.entitas = 'Instansi' AND NEW.entitas_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
    NEW.instansi_id := NEW.entitas_id::uuid;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "jejak_audit_isi_instansi" BEFORE INSERT ON "jejak_audit"
  FOR EACH ROW EXECUTE FUNCTION "jejak_audit_isi_instansi"();

-- Baris lama: diisi sekali dengan aturan yang sama. Tabel ini hanya-tambah (trigger jejak_audit_hanya_tambah menolak
-- UPDATE); trigger itu dimatikan hanya selama pengisian ini, di dalam transaksi migrasi yang sama.
ALTER TABLE "jejak_audit" DISABLE TRIGGER "jejak_audit_hanya_tambah";
UPDATE "jejak_audit" j SET "instansi_id" = p."instansi_id"
  FROM "pengguna" u JOIN "pegawai" p ON p."id" = u."pegawai_id"
  WHERE j."instansi_id" IS NULL AND u."id" = j."pengguna_id";
UPDATE "jejak_audit" j SET "instansi_id" = i."id"
  FROM "instansi" i
  WHERE j."instansi_id" IS NULL AND j."entitas" = 'Instansi' AND j."entitas_id" = i."id"::text;
ALTER TABLE "jejak_audit" ENABLE TRIGGER "jejak_audit_hanya_tambah";
