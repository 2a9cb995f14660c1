// Proses anak untuk tests/integration/kill.int.test.ts: memanggil fungsi layanan yang sama dengan server (impor Excel
// dengan simpan, setujui sekaligus, unggah bukti) terhadap DATABASE_URL, lalu di-SIGKILL oleh induk di tengah jalan.
// Dijalankan dengan `tsx --conditions=react-server` ("server-only" menjadi modul kosong), seperti scripts/bench.ts.
// Setiap hasil yang dilaporkan tersimpan dicetak sebagai satu baris JSON {"ok":…} ke stdout.
import { readFile } from "node:fs/promises";
import { muatAktor } from "@/lib/auth/aktor";
import { imporRencanaAksi, unggahBukti } from "@/lib/pelaksanaan/layanan";
import { setujuiBanyak } from "@/lib/skp/layanan";

const [mode, argJson] = process.argv.slice(2);
const a = JSON.parse(argJson ?? "{}") as Record<string, string | string[]>;
const lapor = (x: unknown) => process.stdout.write(JSON.stringify(x) + "\n");

const aktor = await muatAktor(a.penggunaId as string);
if (!aktor) throw new Error("aktor tidak ada");
lapor({ siap: true });

if (mode === "impor") {
  const bytes = new Uint8Array(await readFile(a.xlsx as string));
  const r = await imporRencanaAksi(aktor, { skpId: a.skpId as string, periodeId: a.periodeId as string, bytes, simpan: true });
  lapor({ ok: r.ok, pesan: r.pesan });
} else if (mode === "setuju") {
  const r = await setujuiBanyak(aktor, { skpId: (a.skpId as string[]).map((skpId) => ({ skpId, diajukanPada: undefined })) });
  lapor({ ok: r.ok, pesan: r.pesan });
} else if (mode === "unggah") {
  for (let i = 0; ; i++) {
    const isi = new TextEncoder().encode(`%PDF-1.4\n% unggah ${i} ${"x".repeat(2000)}\n%%EOF\n`);
    const r = await unggahBukti(aktor, { skpId: a.skpId as string, rencanaAksiId: a.rencanaAksiId as string, nama: `bukti-${i}.pdf`, bytes: isi });
    lapor(r.ok ? { ok: true, id: r.data.id } : { ok: false, pesan: r.pesan });
  }
}
process.exit(0);
