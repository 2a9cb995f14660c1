-- CreateTable
CREATE TABLE "versi_cache" (
    "kunci" VARCHAR(40) NOT NULL,
    "versi" UUID NOT NULL DEFAULT gen_random_uuid(),

    CONSTRAINT "versi_cache_pkey" PRIMARY KEY ("kunci")
);


-- Versi pohon organisasi untuk cache lintas permintaan (lib/organisasi/cache.ts). Trigger tingkat pernyataan: versi
-- acak baru per pernyataan INSERT/UPDATE/DELETE/TRUNCATE (juga impor massal), dalam transaksi penulisnya, sehingga
-- pembaca yang melihat versi baru juga melihat datanya.
INSERT INTO "versi_cache" ("kunci") VALUES ('organisasi');

CREATE FUNCTION "versi_organisasi_baru"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "versi_cache" SET "versi" = gen_random_uuid() WHERE "kunci" = 'organisasi';
  RETURN NULL;
END;
$$;

CREATE TRIGGER "versi_organisasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "instansi" FOR EACH STATEMENT EXECUTE FUNCTION "versi_organisasi_baru"();
CREATE TRIGGER "versi_organisasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "unit_kerja" FOR EACH STATEMENT EXECUTE FUNCTION "versi_organisasi_baru"();
CREATE TRIGGER "versi_organisasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "jabatan" FOR EACH STATEMENT EXECUTE FUNCTION "versi_organisasi_baru"();
CREATE TRIGGER "versi_organisasi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "penugasan_jabatan" FOR EACH STATEMENT EXECUTE FUNCTION "versi_organisasi_baru"();
