import pg from "pg";
const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect();
console.table((await c.query(`SELECT r.urutan, r.jenis, left(r.teks,50) teks, i.satuan, i.target_min, (SELECT string_agg(ra.satuan || ':' || left(ra.uraian,40), ' | ') FROM rencana_aksi ra JOIN periode_evaluasi pe ON pe.id=ra.periode_evaluasi_id WHERE ra.rhk_id=r.id AND pe.kode='TW4') ra FROM rhk r JOIN skp s ON s.id=r.skp_id JOIN pegawai p ON p.id=s.pegawai_id JOIN iki i ON i.rhk_id=r.id WHERE p.nama LIKE 'Wahyu%' AND s.status='DISETUJUI' ORDER BY r.jenis, r.urutan, i.urutan`)).rows);
await c.end();
