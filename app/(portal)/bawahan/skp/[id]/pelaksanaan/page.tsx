import type { Metadata } from "next";
import { HalamanPelaksanaan } from "@/app/(portal)/skp/[id]/pelaksanaan/halaman-pelaksanaan";

export const metadata: Metadata = { title: "Pelaksanaan SKP" };

export default async function Halaman({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ periode?: string }> }) {
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  return <HalamanPelaksanaan id={id} periode={typeof sp.periode === "string" ? sp.periode : undefined} bagian="BAWAHAN" />;
}
