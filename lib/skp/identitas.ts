import "server-only";
// Snapshot identitas pegawai, pejabat penilai dan atasan pejabat penilai untuk satu SKP (skp-domain §1.1).
import { getHierarki, getInstansi, getKartuPegawai, cariKartu, type KartuPegawai } from "@/lib/organisasi/queries";
import { atasanPejabatPenilai, pejabatPenilai, type Penilai } from "@/lib/organisasi/hierarki";

export type IdentitasSnapshot = {
  /** null bila pimpinan instansi di luar sistem (mis. bupati). */
  pegawaiId: string | null;
  nama: string;
  nip: string | null;
  labelNip: string;
  pangkat: string | null;
  jabatan: string;
  unitKerja: string | null;
};

export type IdentitasSkp = {
  pegawai: IdentitasSnapshot;
  penilai: IdentitasSnapshot | null;
  penilaiPegawaiId: string | null;
  atasanPenilai: IdentitasSnapshot | null;
};

const dariKartu = (k: KartuPegawai): IdentitasSnapshot => ({
  pegawaiId: k.pegawaiId,
  nama: k.nama,
  nip: k.nip,
  labelNip: k.labelNip,
  pangkat: k.pangkat,
  jabatan: k.jabatan,
  unitKerja: k.unitKerja,
});

/** Identitas pada tanggal acuan; null bila pegawai tidak memangku jabatan itu secara definitif saat itu. */
export async function identitasSkp(instansiId: string, pegawaiId: string, jabatanId: string, acuan: Date): Promise<IdentitasSkp | null> {
  const [data, instansi] = await Promise.all([getHierarki(instansiId), getInstansi(instansiId)]);
  const h = data.hierarki;
  const penilai = pejabatPenilai(h, pegawaiId, acuan);
  const atasan = atasanPejabatPenilai(h, pegawaiId, acuan);
  const asPemangku = (p: Penilai | null) => (p?.tipe === "PEGAWAI" ? [p] : []);
  const diri = { pegawaiId, jabatanId, jenis: "DEFINITIF" as const };
  const kartu = await getKartuPegawai(instansiId, data, [diri, ...asPemangku(penilai), ...asPemangku(atasan)]);
  const k = cariKartu(kartu, diri);
  if (!k) return null;
  const pimpinan = (): IdentitasSnapshot => ({
    pegawaiId: null,
    nama: instansi?.namaPimpinan ?? "",
    nip: null,
    labelNip: "NIP",
    pangkat: null,
    jabatan: instansi?.jabatanPimpinan ?? "Pimpinan Instansi",
    unitKerja: instansi?.nama ?? null,
  });
  const tampil = (p: Penilai | null): IdentitasSnapshot | null => {
    if (!p) return null;
    if (p.tipe === "PIMPINAN_INSTANSI") return pimpinan();
    const kp = cariKartu(kartu, p);
    return kp ? dariKartu(kp) : null;
  };
  const sPenilai = tampil(penilai);
  return { pegawai: dariKartu(k), penilai: sPenilai, penilaiPegawaiId: sPenilai?.pegawaiId ?? null, atasanPenilai: tampil(atasan) };
}

export function bacaSnapshot(v: unknown): IdentitasSnapshot | null {
  if (!v || typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (typeof o.nama !== "string" || typeof o.jabatan !== "string") return null;
  return o as unknown as IdentitasSnapshot;
}
