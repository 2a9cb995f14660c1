import { IsiTidakBerhak } from "@/components/halaman-galat";

// forbidden() di luar tata letak portal; di halaman portal berlaku app/(portal)/forbidden.tsx.
export default function Forbidden() {
  return (
    <main>
      <IsiTidakBerhak />
    </main>
  );
}
