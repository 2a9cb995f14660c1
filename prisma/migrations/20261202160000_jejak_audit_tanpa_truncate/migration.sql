-- Jejak audit hanya boleh ditambah: TRUNCATE juga ditolak (pemicu per baris tidak berlaku untuk TRUNCATE).
CREATE TRIGGER "jejak_audit_tanpa_truncate" BEFORE TRUNCATE ON "jejak_audit"
  FOR EACH STATEMENT EXECUTE FUNCTION "jejak_audit_hanya_tambah"();
