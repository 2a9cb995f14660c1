import { IsiTidakDitemukan } from "@/components/halaman-galat";

// notFound() di halaman portal: tanpa <main> sendiri, karena layout.tsx sudah punya <main id="konten">.
export default function NotFound() {
  return <IsiTidakDitemukan />;
}
