import { IsiTidakDitemukan } from "@/components/halaman-galat";

// Alamat yang tidak cocok dengan rute mana pun (di luar tata letak portal). notFound() di halaman portal
// memakai app/(portal)/not-found.tsx, yang berada di dalam <main> portal.
export default function NotFound() {
  return (
    <main>
      <IsiTidakDitemukan />
    </main>
  );
}
