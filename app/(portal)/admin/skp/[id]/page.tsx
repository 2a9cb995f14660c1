import type { Metadata } from "next";
import { HalamanSkp } from "@/app/(portal)/skp/[id]/halaman-skp";

export const metadata: Metadata = { title: "SKP" };

export default async function Halaman({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <HalamanSkp id={id} bagian="ADMIN" />;
}
