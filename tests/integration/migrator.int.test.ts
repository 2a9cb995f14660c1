import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrator";
import { buatDatabaseKosong, sql } from "./support";

describe("migrator proyek", () => {
  it("menerapkan semua migrasi ke basis data kosong dan mencatatnya seperti Prisma", async () => {
    const url = await buatDatabaseKosong();
    const semua = await readMigrations();
    const r = await migrate(url);
    expect(r.applied).toEqual(semua.map((m) => m.name));
    const rows = await sql<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows.map((x) => x.migration_name)).toEqual(semua.map((m) => m.name));
    for (const [i, row] of rows.entries()) {
      expect(row.checksum).toBe(semua[i]!.checksum);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("idempoten: menjalankan ulang tidak menerapkan apa pun, juga bila dua proses mulai bersamaan", async () => {
    const url = await buatDatabaseKosong();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    expect(a.applied.length + b.applied.length).toBe((await readMigrations()).length);
    const lagi = await migrate(url);
    expect(lagi.applied).toEqual([]);
    expect(lagi.alreadyApplied).toBe((await readMigrations()).length);
  });

  it("menolak berjalan bila migrasi yang sudah diterapkan diubah isinya", async () => {
    const url = await buatDatabaseKosong();
    await migrate(url);
    await sql(url, `UPDATE _prisma_migrations SET checksum = repeat('0', 64)`);
    await expect(migrate(url)).rejects.toThrow(/isinya berubah/);
  });
});
