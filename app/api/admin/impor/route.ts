// Impor unit kerja, jabatan dan pegawai (admin BKD instansi itu / superadmin): multipart (instansiId, mode
// periksa|terapkan, lengkap, berkas). Progres unggah dilaporkan peramban (XMLHttpRequest); dengan Accept
// application/x-ndjson jawabannya NDJSON berisi kemajuan nyata per tahap lalu hasilnya, tanpa itu satu JSON.
// Otorisasi diperiksa dari basis data sebelum berkas diproses.
import { NextResponse } from "next/server";
import { getAktor } from "@/lib/auth";
import { asalSah, tajukAsal } from "@/lib/auth/asal";
import { tanganiGalatAksi } from "@/lib/auth/aksi";
import { bolehImpor, prosesImpor } from "@/lib/impor/layanan";
import { MAKS_BYTES } from "@/lib/impor/kolom";
import { ZMasukanImpor, type HasilImpor, type PesanAlur } from "@/lib/impor/protokol";
import { PESAN_BERKAS } from "@/lib/impor/baca";
import { bacaFormTerbatas } from "@/lib/penyimpanan/form-terbatas";

export const dynamic = "force-dynamic";

const tolak = (pesan: string, status: number) => NextResponse.json({ ok: false, pesan }, { status });

export async function POST(request: Request) {
  if (!asalSah(tajukAsal(request.headers))) return tolak("Permintaan dari halaman lain ditolak.", 403);
  const aktor = await getAktor();
  if (!aktor) return tolak("Sesi berakhir. Silakan masuk kembali.", 401);
  const baca = await bacaFormTerbatas(request, MAKS_BYTES + 64 * 1024);
  if (!baca.ok) return baca.sebab === "terlalu-besar" ? tolak(PESAN_BERKAS.terlaluBesar, 413) : tolak("Permintaan unggah tidak sah.", 400);
  const f = baca.form;
  const p = ZMasukanImpor.safeParse({ instansiId: f.get("instansiId"), mode: f.get("mode"), lengkap: f.get("lengkap") ?? undefined });
  if (!p.success) return tolak(p.error.issues[0]?.message ?? "Permintaan impor tidak sah.", 400);
  if (!(await bolehImpor(aktor, p.data.instansiId))) return tolak("Instansi tidak ditemukan atau bukan wewenang Anda.", 404);
  const berkas = f.get("berkas");
  if (!(berkas instanceof File)) return tolak("Pilih berkas .xlsx atau .csv lebih dulu.", 400);
  if (berkas.size > MAKS_BYTES) return tolak(PESAN_BERKAS.terlaluBesar, 413);
  const bytes = new Uint8Array(await berkas.arrayBuffer());

  const masukan = { instansiId: p.data.instansiId, lengkap: p.data.lengkap, terapkan: p.data.mode === "terapkan", nama: berkas.name, bytes };
  // Tanpa "Accept: application/x-ndjson": satu jawaban JSON dengan kode status yang mencerminkan hasilnya.
  if (!(request.headers.get("accept") ?? "").includes("application/x-ndjson")) {
    let hasil: HasilImpor;
    try {
      hasil = await prosesImpor(aktor, masukan);
    } catch (e) {
      return NextResponse.json(tanganiGalatAksi(e, "prosesImpor"), { status: 500 });
    }
    return NextResponse.json(hasil, { status: hasil.ok ? 200 : 422 });
  }

  const enc = new TextEncoder();
  const alur = new ReadableStream<Uint8Array>({
    async start(c) {
      const kirim = (m: PesanAlur) => c.enqueue(enc.encode(`${JSON.stringify(m)}\n`));
      try {
        const hasil = await prosesImpor(aktor, masukan, (e) => kirim({ jenis: "kemajuan", ...e }));
        kirim({ jenis: "hasil", hasil });
      } catch (e) {
        kirim({ jenis: "hasil", hasil: tanganiGalatAksi(e, "prosesImpor") });
      }
      c.close();
    },
  });
  return new Response(alur, { status: 200, headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" } });
}
