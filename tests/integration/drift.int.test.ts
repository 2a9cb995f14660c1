// Uji drift: basis data hasil migrasi (prisma/migrations) harus sama dengan yang dibuat langsung dari
// prisma/schema.prisma (SQL dari `prisma migrate diff --from-empty`, Prisma 6.19 engine js).
// Tambahan tulisan tangan yang tidak dapat diungkapkan skema Prisma (CHECK, trigger) sengaja tidak dibandingkan.
import { describe, expect, it } from "vitest";
import { diffSchemas, readSchema } from "@/lib/db/prisma6-diff";
import { buatDatabaseKosong, sql } from "./support";

async function katalog(url: string) {
  const kolom = await sql(
    url,
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
            character_maximum_length, numeric_precision, numeric_scale, datetime_precision
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
      ORDER BY table_name, column_name`,
  );
  const indeks = await sql(
    url,
    `SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
  );
  const batasan = await sql(
    url,
    `SELECT c.conrelid::regclass::text AS tabel, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public' AND c.contype IN ('p', 'f', 'u')
        AND c.conrelid::regclass::text <> '_prisma_migrations'
      ORDER BY c.conname`,
  );
  const enumRows = await sql(
    url,
    `SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS nilai
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname`,
  );
  return { kolom, indeks, batasan, enum: enumRows };
}

describe("skema basis data", () => {
  it("hasil migrasi sama dengan prisma/schema.prisma (tanpa drift)", async () => {
    const dariSkema = await buatDatabaseKosong();
    const ddl = await diffSchemas(null, await readSchema(), dariSkema);
    expect(ddl).toContain("CREATE TABLE");
    await sql(dariSkema, ddl);

    const [migrasi, skema] = await Promise.all([katalog(process.env.DATABASE_URL!), katalog(dariSkema)]);
    expect(migrasi.kolom.length).toBeGreaterThan(50);
    expect(migrasi.enum).toEqual(skema.enum);
    expect(migrasi.kolom).toEqual(skema.kolom);
    expect(migrasi.indeks).toEqual(skema.indeks);
    expect(migrasi.batasan).toEqual(skema.batasan);
  });

  it("menyimpan aturan yang tidak terungkap di skema Prisma: CHECK NIP dan jejak audit yang tak dapat diubah", async () => {
    const url = process.env.DATABASE_URL!;
    const checks = await sql<{ conname: string }>(url, `SELECT conname FROM pg_constraint WHERE contype = 'c' ORDER BY conname`);
    expect(checks.map((c) => c.conname).join(" ")).toMatch(/nip/);
    await expect(sql(url, `INSERT INTO pegawai (id, instansi_id, nip, nama) VALUES (gen_random_uuid(), gen_random_uuid(), '12345', 'X')`)).rejects.toThrow();
    await sql(url, `INSERT INTO jejak_audit (aksi, entitas) VALUES ('UJI', 'Uji')`);
    await expect(sql(url, `UPDATE jejak_audit SET aksi = 'UBAH' WHERE aksi = 'UJI'`)).rejects.toThrow();
    await expect(sql(url, `DELETE FROM jejak_audit WHERE aksi = 'UJI'`)).rejects.toThrow();
    const sisa = await sql<{ n: string }>(url, `SELECT count(*) AS n FROM jejak_audit WHERE aksi = 'UJI'`);
    expect(Number(sisa[0]!.n)).toBe(1);
  });
});
