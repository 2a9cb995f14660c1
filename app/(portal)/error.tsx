"use client";
// Galat tak terduga di dalam portal: tata letak (menu, identitas) tetap, isi diganti pesan Indonesia.
import { GalatTakTerduga } from "@/components/galat-tak-terduga";

export default function GalatPortal(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <GalatTakTerduga {...props} />;
}
