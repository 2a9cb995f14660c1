-- CreateTable
CREATE TABLE "progres_skp" (
    "skp_id" UUID NOT NULL,
    "periode_evaluasi_id" UUID NOT NULL,
    "rencana_aksi" INTEGER NOT NULL DEFAULT 0,
    "realisasi" INTEGER NOT NULL DEFAULT 0,
    "bukti_siap" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "progres_skp_pkey" PRIMARY KEY ("skp_id","periode_evaluasi_id")
);

-- CreateIndex
CREATE INDEX "progres_skp_periode_evaluasi_id_idx" ON "progres_skp"("periode_evaluasi_id");

-- CreateIndex
CREATE INDEX "evaluasi_kinerja_kode_skp_id_status_predikat_rating_hasil_r_idx" ON "evaluasi_kinerja"("kode", "skp_id", "status", "predikat", "rating_hasil", "rating_perilaku", "id");

-- AddForeignKey
ALTER TABLE "progres_skp" ADD CONSTRAINT "progres_skp_skp_id_fkey" FOREIGN KEY ("skp_id") REFERENCES "skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progres_skp" ADD CONSTRAINT "progres_skp_periode_evaluasi_id_fkey" FOREIGN KEY ("periode_evaluasi_id") REFERENCES "periode_evaluasi"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Pemeliharaan progres_skp oleh trigger baris (bukan oleh aplikasi): setiap INSERT/DELETE rencana_aksi, realisasi
-- dan bukti_dukung (serta UPDATE kolom yang menentukan SKP, periode atau status bukti) menambah/mengurangi hitungan
-- (skp, periode evaluasi) di transaksi penulisnya. Dengan begitu impor massal, perbaikan SQL manual dan setiap
-- instans aplikasi menjaga ringkasan yang sama. SKP dicari lewat induknya (rhk/iki), yang tidak dapat dihapus selama
-- anaknya ada (ON DELETE RESTRICT), sehingga pencarian saat DELETE selalu menemukan SKP-nya.
CREATE FUNCTION "progres_skp_tambah"(p_skp uuid, p_periode uuid, d_ra int, d_re int, d_bu int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF p_skp IS NULL OR p_periode IS NULL OR (d_ra = 0 AND d_re = 0 AND d_bu = 0) THEN RETURN; END IF;
  INSERT INTO "progres_skp" AS p ("skp_id", "periode_evaluasi_id", "rencana_aksi", "realisasi", "bukti_siap")
  VALUES (p_skp, p_periode, d_ra, d_re, d_bu)
  ON CONFLICT ("skp_id", "periode_evaluasi_id") DO UPDATE
    SET "rencana_aksi" = p."rencana_aksi" + EXCLUDED."rencana_aksi",
        "realisasi" = p."realisasi" + EXCLUDED."realisasi",
        "bukti_siap" = p."bukti_siap" + EXCLUDED."bukti_siap";
END;
$$;

-- Rencana aksi yang dipindah (RHK atau periode lain) membawa hitungan bukti SIAP-nya; saat INSERT dan DELETE ia
-- belum/tidak lagi punya bukti (bukti_dukung merujuknya dengan ON DELETE RESTRICT).
CREATE FUNCTION "progres_rencana_aksi"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n_bukti int := 0;
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT count(*) INTO n_bukti FROM "bukti_dukung" b WHERE b."rencana_aksi_id" = OLD."id" AND b."status" = 'SIAP';
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "progres_skp_tambah"((SELECT r."skp_id" FROM "rhk" r WHERE r."id" = OLD."rhk_id"), OLD."periode_evaluasi_id", -1, 0, -n_bukti);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM "progres_skp_tambah"((SELECT r."skp_id" FROM "rhk" r WHERE r."id" = NEW."rhk_id"), NEW."periode_evaluasi_id", 1, 0, n_bukti);
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION "progres_realisasi"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "progres_skp_tambah"((SELECT r."skp_id" FROM "iki" i JOIN "rhk" r ON r."id" = i."rhk_id" WHERE i."id" = OLD."iki_id"), OLD."periode_evaluasi_id", 0, -1, 0);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM "progres_skp_tambah"((SELECT r."skp_id" FROM "iki" i JOIN "rhk" r ON r."id" = i."rhk_id" WHERE i."id" = NEW."iki_id"), NEW."periode_evaluasi_id", 0, 1, 0);
  END IF;
  RETURN NULL;
END;
$$;

-- Bukti dihitung hanya yang berstatus SIAP (unggahan yang belum selesai, MENGUNGGAH, belum menjadi bukti).
CREATE FUNCTION "progres_bukti"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."status" = 'SIAP' THEN
    PERFORM "progres_skp_tambah"(r."skp_id", a."periode_evaluasi_id", 0, 0, -1)
    FROM "rencana_aksi" a JOIN "rhk" r ON r."id" = a."rhk_id" WHERE a."id" = OLD."rencana_aksi_id";
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW."status" = 'SIAP' THEN
    PERFORM "progres_skp_tambah"(r."skp_id", a."periode_evaluasi_id", 0, 0, 1)
    FROM "rencana_aksi" a JOIN "rhk" r ON r."id" = a."rhk_id" WHERE a."id" = NEW."rencana_aksi_id";
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "progres_skp" AFTER INSERT OR DELETE OR UPDATE OF "rhk_id", "periode_evaluasi_id" ON "rencana_aksi" FOR EACH ROW EXECUTE FUNCTION "progres_rencana_aksi"();
CREATE TRIGGER "progres_skp" AFTER INSERT OR DELETE OR UPDATE OF "iki_id", "periode_evaluasi_id" ON "realisasi" FOR EACH ROW EXECUTE FUNCTION "progres_realisasi"();
CREATE TRIGGER "progres_skp" AFTER INSERT OR DELETE OR UPDATE OF "rencana_aksi_id", "status" ON "bukti_dukung" FOR EACH ROW EXECUTE FUNCTION "progres_bukti"();

-- Hitung ulang dari data isian (untuk data yang dimuat dengan trigger dimatikan, mis. scripts/skala, dan di sini untuk
-- data yang sudah ada). p_instansi NULL = semua instansi.
CREATE FUNCTION "progres_skp_hitung_ulang"(p_instansi uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "progres_skp" g USING "skp" s JOIN "periode_kinerja" pk ON pk."id" = s."periode_id"
    WHERE g."skp_id" = s."id" AND (p_instansi IS NULL OR pk."instansi_id" = p_instansi);
  INSERT INTO "progres_skp" ("skp_id", "periode_evaluasi_id", "rencana_aksi", "realisasi", "bukti_siap")
  SELECT x.skp_id, x.pe, sum(x.ra)::int, sum(x.re)::int, sum(x.bu)::int FROM (
    SELECT r."skp_id", a."periode_evaluasi_id" AS pe, count(*) AS ra, 0 AS re, 0 AS bu
      FROM "rencana_aksi" a JOIN "rhk" r ON r."id" = a."rhk_id" GROUP BY 1, 2
    UNION ALL
    SELECT r."skp_id", x."periode_evaluasi_id", 0, count(*), 0
      FROM "realisasi" x JOIN "iki" i ON i."id" = x."iki_id" JOIN "rhk" r ON r."id" = i."rhk_id" GROUP BY 1, 2
    UNION ALL
    SELECT r."skp_id", a."periode_evaluasi_id", 0, 0, count(*)
      FROM "bukti_dukung" b JOIN "rencana_aksi" a ON a."id" = b."rencana_aksi_id" JOIN "rhk" r ON r."id" = a."rhk_id"
      WHERE b."status" = 'SIAP' GROUP BY 1, 2
  ) x JOIN "skp" s ON s."id" = x.skp_id JOIN "periode_kinerja" pk ON pk."id" = s."periode_id"
  WHERE p_instansi IS NULL OR pk."instansi_id" = p_instansi
  GROUP BY x.skp_id, x.pe;
END;
$$;

SELECT "progres_skp_hitung_ulang"(NULL);
