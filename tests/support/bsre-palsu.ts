// Layanan esign-client BSrE API v2 palsu untuk uji kontrak klien (lib/dokumen/penandatangan/bsre.ts).
// node:http pada port 0; memeriksa Basic auth; akun NIK dengan passphrase dan status sertifikat; menandatangani
// PDF sungguhan dengan implementasi segel (sertifikat swa-tanda per akun, CN = nama) sehingga hasilnya lolos pdfsig.
// NIK khusus: LAMBAT (tidak pernah menjawab), RUSAK (HTTP 500 tanpa kode).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { bacaTandaTangan } from "@/lib/dokumen/penandatangan/pdf";
import { buatP12SwaTanda, PenandatanganSegel } from "@/lib/dokumen/penandatangan/segel";

export const NIK_LAMBAT = "9999999999999998";
export const NIK_RUSAK = "9999999999999997";

export type AkunPalsu = { nik: string; passphrase: string; nama: string; status?: "ISSUE" | "EXPIRED" | "REVOKE" };

export type BsrePalsu = {
  url: string;
  /** Jalur dan NIK setiap permintaan yang diterima (tanpa passphrase dan berkas). */
  permintaan: { jalur: string; nik?: string }[];
  tutup(): Promise<void>;
};

export async function mulaiBsrePalsu(o: { pengguna: string; sandi: string; akun: AkunPalsu[] }): Promise<BsrePalsu> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "bsre-palsu-"));
  const akun = new Map(o.akun.map((a) => [a.nik, a]));
  const penanda = new Map<string, Promise<PenandatanganSegel>>();
  const permintaan: BsrePalsu["permintaan"] = [];
  const otorisasi = `Basic ${Buffer.from(`${o.pengguna}:${o.sandi}`).toString("base64")}`;

  const segelUntuk = (a: AkunPalsu) => {
    let p = penanda.get(a.nik);
    if (!p) {
      p = (async () => {
        const berkas = path.join(folder, `${a.nik}.p12`);
        await writeFile(berkas, buatP12SwaTanda({ cn: a.nama, organisasi: "BSrE Palsu (uji)", sandi: "uji" }));
        return new PenandatanganSegel({ jenis: "berkas", berkas, sandi: "uji" });
      })();
      penanda.set(a.nik, p);
    }
    return p;
  };

  const server = http.createServer(async (req, res) => {
    const kirim = (status: number, isi: unknown) => {
      res.writeHead(status, { "Content-Type": "application/json" });
      res.end(JSON.stringify(isi));
    };
    try {
      const potongan: Buffer[] = [];
      for await (const c of req) potongan.push(c as Buffer);
      const jalur = new URL(req.url ?? "/", "http://x").pathname;
      let badan: Record<string, unknown> = {};
      try {
        badan = JSON.parse(Buffer.concat(potongan).toString("utf8") || "{}");
      } catch {
        return kirim(400, { status_code: 400, error: "Bad Request", message: "JSON tidak sah" });
      }
      const nik = typeof badan.nik === "string" ? badan.nik : undefined;
      permintaan.push({ jalur, nik });
      if (req.method !== "POST") return kirim(405, { error: "Method Not Allowed" });
      if (req.headers.authorization !== otorisasi) return kirim(401, { error: "Unauthorized", message: "Bad credentials" });
      if (nik === NIK_LAMBAT) return; // tidak pernah menjawab; koneksi ditutup saat server ditutup
      if (nik === NIK_RUSAK) return kirim(500, { error: "Internal Server Error" });

      if (jalur === "/api/v2/user/check/status") {
        const a = nik ? akun.get(nik) : undefined;
        if (!a) return kirim(400, { status_code: 2011, error: "User tidak terdaftar" });
        return kirim(200, { status: a.status ?? "ISSUE", message: "" });
      }
      if (jalur === "/api/v2/sign/pdf") {
        const a = nik ? akun.get(nik) : undefined;
        if (!a) return kirim(400, { status_code: 2011, error: "User tidak terdaftar" });
        if (badan.passphrase !== a.passphrase) return kirim(400, { status_code: 2031, error: "Passphrase anda salah" });
        if ((a.status ?? "ISSUE") !== "ISSUE") return kirim(400, { status_code: 2022, error: "Sertifikat sudah expired" });
        const berkas = Array.isArray(badan.file) ? badan.file : [];
        const sifat = Array.isArray(badan.signatureProperties) ? (badan.signatureProperties as Record<string, unknown>[]) : [];
        if (!berkas.length || sifat.length !== berkas.length) {
          return kirim(400, { status_code: 2041, error: "Dokumen tidak valid", message: "file dan signatureProperties wajib" });
        }
        const segel = await segelUntuk(a);
        const hasil: string[] = [];
        for (const [i, b] of berkas.entries()) {
          const pdf = Buffer.from(String(b), "base64");
          if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") return kirim(400, { status_code: 2041, error: "Dokumen bukan PDF" });
          const s = sifat[i]!;
          const r = await segel.tandatangani(pdf, {
            nama: a.nama,
            nip: null,
            alasan: String(s.reason ?? ""),
            lokasi: String(s.location ?? ""),
            waktu: new Date(),
          });
          hasil.push(r.pdf.toString("base64"));
        }
        return kirim(200, { file: hasil, time: Date.now() });
      }
      if (jalur === "/api/v2/verify/pdf") {
        // Tidak memverifikasi kriptografi: hanya menghitung kamus /Sig (uji memakai pdfsig untuk itu).
        const pdf = Buffer.from(String(badan.file ?? ""), "base64");
        const t = bacaTandaTangan(pdf);
        return kirim(200, { conclusion: t.jumlah ? "VALID" : "NO_SIGNATURE", jumlah_signature: t.jumlah, signers: t.nama });
      }
      return kirim(404, { error: "Not Found" });
    } catch (e) {
      if (!res.headersSent) kirim(500, { error: "Internal Server Error", message: e instanceof Error ? e.message : String(e) });
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    permintaan,
    async tutup() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await rm(folder, { recursive: true, force: true });
    },
  };
}
