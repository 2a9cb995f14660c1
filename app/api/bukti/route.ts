// Unggah bukti dukung (multipart). Progres unggah dilaporkan di peramban lewat XMLHttpRequest.
import { NextResponse } from "next/server";
import { getAktor } from "@/lib/auth";
import { asalSah, tajukAsal } from "@/lib/auth/asal";
import { unggahBukti } from "@/lib/pelaksanaan/layanan";
import { tanganiGalatAksi } from "@/lib/auth/aksi";
import { ZUnggah } from "@/lib/pelaksanaan/schemas";
import { batasUnggahBytes } from "@/lib/penyimpanan/validasi";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  // Unggahan dari halaman lain (mis. port lain di host yang sama) ditolak sebelum apa pun dibaca.
  if (!asalSah(tajukAsal(request.headers))) return NextResponse.json({ ok: false, pesan: "Permintaan dari halaman lain ditolak." }, { status: 403 });
  const aktor = await getAktor();
  if (!aktor) return NextResponse.json({ ok: false, pesan: "Sesi berakhir. Silakan masuk kembali." }, { status: 401 });
  const batas = batasUnggahBytes(process.env);
  const panjang = Number(request.headers.get("content-length") ?? 0);
  if (panjang > batas + 1024 * 1024) {
    return NextResponse.json({ ok: false, pesan: `Berkas melebihi batas ${Math.round(batas / 1024 / 1024)} MB.` }, { status: 413 });
  }
  // Content-Length dapat tidak ada (chunked) atau dipalsukan: badan dibaca lewat penghitung yang berhenti di batas.
  let form: FormData;
  let kelebihan = false;
  try {
    let terbaca = 0;
    const maks = batas + 1024 * 1024;
    const dibatasi = request.body?.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(potongan, c) {
          terbaca += potongan.byteLength;
          if (terbaca > maks) {
            kelebihan = true;
            c.error(new Error("badan terlalu besar"));
          } else c.enqueue(potongan);
        },
      }),
    );
    form = await new Request(request.url, { method: "POST", headers: request.headers, body: dibatasi, duplex: "half" } as RequestInit).formData();
  } catch {
    if (kelebihan) return NextResponse.json({ ok: false, pesan: `Berkas melebihi batas ${Math.round(batas / 1024 / 1024)} MB.` }, { status: 413 });
    return NextResponse.json({ ok: false, pesan: "Permintaan unggah tidak sah." }, { status: 400 });
  }
  const p = ZUnggah.safeParse({ skpId: form.get("skpId"), rencanaAksiId: form.get("rencanaAksiId") });
  const berkas = form.get("berkas");
  if (!p.success || !(berkas instanceof File)) return NextResponse.json({ ok: false, pesan: "Pilih berkas dan rencana aksinya." }, { status: 400 });
  if (berkas.size > batas) return NextResponse.json({ ok: false, pesan: `Berkas melebihi batas ${Math.round(batas / 1024 / 1024)} MB.` }, { status: 413 });
  let r: Awaited<ReturnType<typeof unggahBukti>>;
  try {
    r = await unggahBukti(aktor, { ...p.data, nama: berkas.name, bytes: new Uint8Array(await berkas.arrayBuffer()) });
  } catch (e) {
    // Mis. rencana aksinya dihapus bersamaan: pesan yang jelas, bukan 500; galat lain dicatat dengan kode rujukan.
    r = tanganiGalatAksi(e, "unggahBukti");
  }
  return NextResponse.json(r.ok ? { ok: true, pesan: r.pesan } : { ok: false, pesan: r.pesan }, { status: r.ok ? 200 : 422 });
}
