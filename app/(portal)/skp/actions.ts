"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { jalankanAksi } from "@/lib/auth/aksi";
import { semuaRuteSkp } from "@/lib/skp/rute";
import type { Hasil } from "@/lib/hasil";
import { buatRevisi, buatSkp, hapusRhk, hapusSkp, isiEkspektasi, perbaruiIdentitas, setujuiBanyak, simpanLampiran, simpanRhk, ubahStatusSkp } from "@/lib/skp/layanan";
import { simpanMatriks } from "@/lib/skp/matriks";
import { simpanTemplat, terapkanTemplat } from "@/lib/skp/template";
import { ZBuatSkp, ZEkspektasi, ZHapusRhk, ZLampiran, ZMatriks, ZRhk, ZSetujuiBanyak, ZStatusSkp, ZTemplate, ZTerapkanTemplate } from "@/lib/skp/schemas";

export type StateAksi = Hasil<unknown> | null;

const ZSkpId = z.object({ skpId: z.uuid({ error: "SKP tidak sah." }) });
const halaman = (d: { skpId: string }) => [...semuaRuteSkp(d.skpId), "/skp", "/bawahan", "/beranda", "/admin/skp"];

export async function buatSkpAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  const r = await jalankanAksi(ZBuatSkp, formData, buatSkp, () => ["/skp"]);
  if (r.ok) redirect(`/skp/${r.data.skpId}`);
  return r;
}

export async function simpanRhkAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZRhk, formData, simpanRhk, halaman);
}

export async function hapusRhkAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZHapusRhk, formData, hapusRhk, halaman);
}

export async function simpanLampiranAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZLampiran, formData, simpanLampiran, halaman);
}

export async function ubahStatusAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZStatusSkp, formData, ubahStatusSkp, halaman);
}

export async function isiEkspektasiAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZEkspektasi, formData, isiEkspektasi, halaman);
}

export async function perbaruiIdentitasAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZSkpId, formData, (a, d) => perbaruiIdentitas(a, d.skpId), halaman);
}

export async function buatRevisiAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  const r = await jalankanAksi(ZSkpId, formData, (a, d) => buatRevisi(a, d.skpId), halaman);
  if (r.ok) redirect(`/skp/${r.data.skpId}`);
  return r;
}

export async function hapusSkpAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  const r = await jalankanAksi(ZSkpId, formData, (a, d) => hapusSkp(a, d.skpId), () => ["/skp"]);
  if (r.ok) redirect("/skp");
  return r;
}

export async function setujuiBanyakAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZSetujuiBanyak, formData, setujuiBanyak, () => ["/bawahan", "/skp"]);
}

export async function simpanMatriksAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZMatriks, formData, simpanMatriks, () => ["/bawahan", "/bawahan/matriks"]);
}

export async function simpanTemplatAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZTemplate, formData, simpanTemplat, () => ["/bawahan/ekspektasi"]);
}

export async function terapkanTemplatAction(_prev: StateAksi, formData: FormData): Promise<StateAksi> {
  return jalankanAksi(ZTerapkanTemplate, formData, terapkanTemplat, () => ["/bawahan", "/bawahan/ekspektasi"]);
}
