// Menjalankan pdfsig (poppler-utils) atas berkas PDF dan mengurai keluarannya. Untuk uji tanda tangan.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const jalankan = promisify(execFile);

export type TandaTanganPdfsig = {
  nomor: number;
  namaBidang: string | null;
  namaUmum: string | null;
  jenis: string | null;
  validasi: string | null;
  validasiSertifikat: string | null;
  seluruhDokumen: boolean;
  sah: boolean;
};

export type HasilPdfsig = { tandaTangan: TandaTanganPdfsig[]; keluaran: string };

export function uraiPdfsig(keluaran: string): TandaTanganPdfsig[] {
  const bagian = keluaran.split(/^Signature #(\d+):\s*$/m);
  const hasil: TandaTanganPdfsig[] = [];
  for (let i = 1; i + 1 < bagian.length; i += 2) {
    const isi = bagian[i + 1]!;
    const nilai = (label: string) => new RegExp(`^\\s*- ${label}: (.*)$`, "m").exec(isi)?.[1]?.trim() ?? null;
    const validasi = nilai("Signature Validation");
    hasil.push({
      nomor: Number(bagian[i]),
      namaBidang: nilai("Signature Field Name"),
      namaUmum: nilai("Signer Certificate Common Name"),
      jenis: nilai("Signature Type"),
      validasi,
      validasiSertifikat: nilai("Certificate Validation"),
      seluruhDokumen: /^\s*- Total document signed\s*$/m.test(isi),
      sah: validasi === "Signature is Valid.",
    });
  }
  return hasil;
}

/** pdfsig atas isi PDF (ditulis ke berkas sementara). Status keluar bukan nol (mis. tanda tangan tidak sah) tidak melempar. */
export async function pdfsig(pdf: Buffer): Promise<HasilPdfsig> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "pdfsig-"));
  try {
    const berkas = path.join(folder, "dokumen.pdf");
    await writeFile(berkas, pdf);
    let keluaran: string;
    try {
      keluaran = (await jalankan("pdfsig", [berkas], { maxBuffer: 16 * 1024 * 1024 })).stdout;
    } catch (e) {
      const g = e as { stdout?: string; stderr?: string; code?: unknown };
      if (typeof g.stdout !== "string" || g.code === "ENOENT") throw e;
      keluaran = g.stdout;
    }
    return { tandaTangan: uraiPdfsig(keluaran), keluaran };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
