import type { Metadata } from "next";
import { HalamanHasilPenilaian } from "@/app/(portal)/skp/[id]/penilaian/halaman-hasil";

export const metadata: Metadata = { title: "Hasil penilaian kinerja" };

export default async function Halaman({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <HalamanHasilPenilaian id={id} bagian="ADMIN" />;
}
