"use client";
// Galat tak terduga di dalam portal: tata letak (menu, identitas) tetap, isi diganti pesan Indonesia.
import { GalatHalaman } from "@/components/galat-halaman";

export default function GalatPortal(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <GalatHalaman {...props} />;
}
