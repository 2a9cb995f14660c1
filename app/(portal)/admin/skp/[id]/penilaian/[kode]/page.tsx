import type { Metadata } from "next";
import { HalamanEvaluasiKinerja } from "@/app/(portal)/skp/[id]/penilaian/[kode]/halaman-evaluasi";

export const metadata: Metadata = { title: "Evaluasi Kinerja Pegawai" };

export default async function Halaman({ params }: { params: Promise<{ id: string; kode: string }> }) {
  const { id, kode } = await params;
  return <HalamanEvaluasiKinerja id={id} kode={kode} bagian="ADMIN" />;
}
