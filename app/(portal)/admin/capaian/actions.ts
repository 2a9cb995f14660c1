"use server";
// Server action capaian kinerja organisasi (lib/penilaian/capaian.ts).
import { revalidatePath } from "next/cache";
import { galatPerKolom, tanganiGalatAksi } from "@/lib/auth/aksi";
import { requireAktor } from "@/lib/auth";
import { bentukObjek } from "@/lib/form";
import { gagal, PESAN_PERIKSA, type Hasil } from "@/lib/hasil";
import { catatPengecualianPegawai, simpanTabelDistribusi, tetapkanCapaian } from "@/lib/penilaian/capaian";
import { ZCapaian, ZPengecualian, ZTabelDistribusi } from "@/lib/penilaian/schemas";
import { jalankanAksi } from "@/lib/auth/aksi";

type State = Hasil<unknown> | null;
const BATAS_BERKAS = 12 * 1024 * 1024;

export async function tetapkanCapaianAction(_p: State, fd: FormData): Promise<State> {
  try {
    const p = ZCapaian.safeParse(bentukObjek(fd));
    if (!p.success) return gagal(PESAN_PERIKSA, galatPerKolom(p.error));
    const berkas = fd.get("berkas");
    const ada = berkas instanceof File && berkas.size > 0;
    if (ada && berkas.size > BATAS_BERKAS) return gagal("Dokumen melebihi batas ukuran.", { berkas: ["Dokumen melebihi batas ukuran."] });
    const aktor = await requireAktor();
    const h = await tetapkanCapaian(aktor, p.data, ada ? { nama: berkas.name, bytes: new Uint8Array(await berkas.arrayBuffer()) } : undefined);
    if (h.ok) for (const r of ["/admin/capaian", "/bawahan/penilaian", "/admin"]) revalidatePath(r, "layout");
    return h;
  } catch (e) {
    return tanganiGalatAksi(e, "tetapkanCapaian");
  }
}

export async function catatPengecualianAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZPengecualian, fd, catatPengecualianPegawai, () => ["/admin/capaian", "/bawahan/penilaian", "/bawahan/penilaian/kalibrasi"]);
}

export async function simpanTabelAction(_p: State, fd: FormData): Promise<State> {
  return jalankanAksi(ZTabelDistribusi, fd, simpanTabelDistribusi, () => ["/admin/capaian/tabel", "/admin/capaian", "/bawahan/penilaian", "/bawahan/penilaian/kalibrasi", "/admin/monitoring/kurva"]);
}
