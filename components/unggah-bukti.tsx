"use client";
// Unggah bukti dukung dengan kemajuan (XMLHttpRequest melaporkan progres unggah; fetch belum).
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { PilihBerkas } from "@/components/pilih-berkas";

export function UnggahBukti({ skpId, rencanaAksiId, batasMb, judul }: { skpId: string; rencanaAksiId: string; batasMb: number; judul: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [persen, setPersen] = useState<number | null>(null);
  const [putaran, setPutaran] = useState(0);
  const [pesan, setPesan] = useState<{ ok: boolean; teks: string } | null>(null);

  function kirim(e: React.FormEvent) {
    e.preventDefault();
    const berkas = input.current?.files?.[0];
    if (!berkas) return setPesan({ ok: false, teks: "Pilih berkas bukti dukung lebih dulu." });
    if (berkas.size > batasMb * 1024 * 1024) return setPesan({ ok: false, teks: `Berkas melebihi batas ${batasMb} MB.` });
    const data = new FormData();
    data.set("skpId", skpId);
    data.set("rencanaAksiId", rencanaAksiId);
    data.set("berkas", berkas);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/bukti");
    xhr.upload.onprogress = (ev) => ev.lengthComputable && setPersen(Math.round((ev.loaded * 100) / ev.total));
    xhr.onload = () => {
      setPersen(null);
      let r: { ok?: boolean; pesan?: string } = {};
      try {
        r = JSON.parse(xhr.responseText);
      } catch {
        /* jawaban bukan JSON */
      }
      setPesan({ ok: xhr.status === 200 && r.ok === true, teks: r.pesan ?? `Unggahan gagal (kode ${xhr.status}).` });
      if (xhr.status === 200 && r.ok) {
        setPutaran((n) => n + 1); // pemilih berkas dipasang ulang: kosong lagi
        router.refresh();
      }
    };
    xhr.onerror = () => {
      setPersen(null);
      setPesan({ ok: false, teks: "Koneksi terputus saat mengunggah. Silakan coba lagi." });
    };
    setPesan(null);
    setPersen(0);
    xhr.send(data);
  }

  return (
    <form onSubmit={kirim} className="space-y-2">
      <p className="block text-sm font-medium">Unggah berkas (PDF, JPG/PNG, DOCX, XLSX; maks. {batasMb} MB)</p>
      <div className="flex flex-wrap items-center gap-2">
        <PilihBerkas key={putaran} ref={input} name="berkas" label={`Unggah berkas bukti ${judul}`} accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx" onPilih={() => setPesan(null)} />
        <button type="submit" disabled={persen !== null} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
          Unggah
        </button>
      </div>
      {persen !== null && (
        <div className="flex items-center gap-2 text-sm">
          <progress value={persen} max={100} className="h-2 w-48" aria-label="Kemajuan unggahan" />
          <span>{persen}%</span>
        </div>
      )}
      {pesan && (
        <p role={pesan.ok ? "status" : "alert"} className={"text-sm " + (pesan.ok ? "text-green-800" : "text-red-700")}>
          {pesan.teks}
        </p>
      )}
    </form>
  );
}
