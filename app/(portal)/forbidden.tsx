import { IsiTidakBerhak } from "@/components/halaman-galat";

// forbidden() di halaman portal: tanpa <main> sendiri, karena layout.tsx sudah punya <main id="konten">.
export default function Forbidden() {
  return <IsiTidakBerhak />;
}
