// Unggah bukti dukung (multipart). Progres unggah dilaporkan di peramban lewat XMLHttpRequest.
import { NextResponse } from "next/server";
import { getAktor } from "@/lib/auth";
import { asalSah, tajukAsal } from "@/lib/auth/asal";
import { unggahBukti } from "@/lib/pelaksanaan/layanan";
import { tanganiGalatAksi } from "@/lib/auth/aksi";
import { ZUnggah } from "@/lib/pelaksanaan/schemas";
import { batasUnggahBytes } from "@/lib/penyimpanan/validasi";
import { bacaFormTerbatas } from "@/lib/penyimpanan/form-terbatas";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  // Unggahan dari halaman lain (mis. port lain di host yang sama) ditolak sebelum apa pun dibaca.
  if (!asalSah(tajukAsal(request.headers))) return NextResponse.json({ ok: false, pesan: "Permintaan dari halaman lain ditolak." }, { status: 403 });
  const aktor = await getAktor();
  if (!aktor) return NextResponse.json({ ok: false, pesan: "Sesi berakhir. Silakan masuk kembali." }, { status: 401 });
  const batas = batasUnggahBytes(process.env);
  // Badan dibaca dengan batas (Content-Length dapat tidak ada atau dipalsukan).
  const baca = await bacaFormTerbatas(request, batas + 1024 * 1024);
  if (!baca.ok) {
    if (baca.sebab === "terlalu-besar") return NextResponse.json({ ok: false, pesan: `Berkas melebihi batas ${Math.round(batas / 1024 / 1024)} MB.` }, { status: 413 });
    return NextResponse.json({ ok: false, pesan: "Permintaan unggah tidak sah." }, { status: 400 });
  }
  const form = baca.form;
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
  // id bukti baru: halaman progres harian langsung memilihnya sebagai bukti entri.
  return NextResponse.json(r.ok ? { ok: true, pesan: r.pesan, id: r.data.id } : { ok: false, pesan: r.pesan }, { status: r.ok ? 200 : 422 });
}
