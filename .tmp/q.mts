import pg from "pg";
const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect();
console.table((await c.query("SELECT p.nama, ph.status, count(*), sum(terlambat_hari) telat, min(tanggal)::text, max(tanggal)::text FROM progres_harian ph JOIN pegawai p ON p.id=ph.pegawai_id GROUP BY 1,2 ORDER BY 1,2")).rows);
await c.end();
