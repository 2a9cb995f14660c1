"use client";
// Bingkai setiap formulir server action (useActionState). Satu tempat untuk perilaku yang diharapkan pengguna:
// - isian tidak pernah dikosongkan setelah penolakan (validasi klien, zod di server, atau layanan); setelah
//   berhasil formulir kembali ke nilai awalnya (yang sudah diperbarui oleh revalidasi);
// - pemeriksaan di peramban (wajib diisi, panjang, tautan, "pilih minimal satu") dengan pesan Indonesia
//   sebelum konfirmasi dan sebelum dikirim — tanpa pesan bawaan peramban yang berbahasa Inggris;
// - kolom yang salah ditandai aria-invalid + aria-describedby ke pesannya, kolom pertama difokuskan;
// - satu pesan per galat di samping kolomnya (<PesanKolom>), ditambah ringkasan singkat yang menyebut
//   kolom mana (dari label kolom atau data-label, mis. "Sel Bambang × RHK 2"); galat yang tidak punya
//   tempat di halaman ditulis lengkap di ringkasan.
import { createContext, startTransition, useActionState, useContext, useEffect, useId, useRef, useState } from "react";
import { kelasTombol } from "@/components/gaya";
import { PESAN_PERIKSA, type Hasil } from "@/lib/hasil";
import { pesanValiditas, petakanGalat } from "@/lib/form";

type State = Hasil<unknown> | null;
type Galat = Record<string, string[] | undefined>;
type AksiForm = (prev: State, fd: FormData) => Promise<State>;
type ButirRingkasan = { nama: string; label: string; pesan: string; targetId: string | null; berTempat: boolean };

const KonteksGalat = createContext<{ galat: Galat; idForm: string }>({ galat: {}, idForm: "" });

const idPesan = (idForm: string, nama: string) => `${idForm}-galat-${nama.replace(/[^A-Za-z0-9_-]/g, "_")}`;

function elemenBernama(form: HTMLFormElement): (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[] {
  return Array.from(form.elements).filter(
    (e): e is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
      (e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement || e instanceof HTMLSelectElement) && !!e.name && e.type !== "hidden",
  );
}

/** Nama kolom untuk pesan: data-label, teks labelnya (tanpa isian dan pesan di dalamnya), aria-label, atau namanya. */
function labelKolom(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  if (el.dataset.label) return el.dataset.label;
  const label = el.labels?.[0];
  if (label) {
    const salinan = label.cloneNode(true) as HTMLElement;
    salinan.querySelectorAll("input, textarea, select, [id*='-galat-'], .sr-only").forEach((n) => n.remove());
    const teks = (salinan.textContent ?? "").replace(/\s+/g, " ").trim();
    if (teks) return teks;
  }
  return el.getAttribute("aria-label") ?? el.name;
}

function periksaDiPeramban(form: HTMLFormElement, minimalSatu?: { nama: string; pesan: string }): Galat | null {
  const galat: Galat = {};
  for (const el of elemenBernama(form)) {
    if (galat[el.name] || el.validity.valid) continue;
    galat[el.name] = [
      pesanValiditas(labelKolom(el), el.validity, {
        minLength: "minLength" in el ? el.minLength : -1,
        maxLength: "maxLength" in el ? el.maxLength : -1,
        type: el.type,
      }),
    ];
  }
  if (minimalSatu) {
    const dipilih = elemenBernama(form).some((el) => el.name === minimalSatu.nama && el instanceof HTMLInputElement && el.checked);
    if (!dipilih) galat[minimalSatu.nama] = [minimalSatu.pesan];
  }
  return Object.keys(galat).length ? galat : null;
}

export function FormAksi({
  action,
  children,
  tombol,
  varian = "utama",
  konfirmasi,
  className,
  tersembunyi,
  minimalSatu,
  tampilkanHasil,
  setelahBerhasil,
  id,
}: {
  action: AksiForm;
  children?: React.ReactNode;
  /** null: tanpa tombol (mis. formulir tetap terpasang agar pesan hasil tetap terlihat). */
  tombol: string | null;
  varian?: "utama" | "kedua" | "bahaya";
  konfirmasi?: string;
  className?: string;
  tersembunyi?: Record<string, string>;
  /** Kotak centang bernama ini: minimal satu harus dipilih sebelum konfirmasi. */
  minimalSatu?: { nama: string; pesan: string };
  /** Hanya dari komponen klien: tampilan data hasil yang berhasil (mis. sandi sementara). */
  tampilkanHasil?: (data: unknown) => React.ReactNode;
  /** Hanya dari komponen klien: dipanggil sekali setiap kali aksi berhasil (mis. mengosongkan baris dinamis). */
  setelahBerhasil?: () => void;
  /** id elemen form, untuk kolom di luar formulir yang menunjuknya dengan atribut form (mis. kotak centang di tabel). */
  id?: string;
}) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  const [galatPeramban, setGalatPeramban] = useState<Galat | null>(null);
  const [ringkasan, setRingkasan] = useState<ButirRingkasan[]>([]);
  // Galat yang sudah dipetakan ke kolom yang ada di formulir ini (lihat petakanGalat).
  const [tampil, setTampil] = useState<Galat>({});
  const ref = useRef<HTMLFormElement>(null);
  const idForm = useId().replace(/:/g, "");
  const galatServer = state && !state.ok ? (state.galat ?? {}) : {};
  const galatMentah: Galat = galatPeramban ?? galatServer;
  const kunciGalat = JSON.stringify(galatMentah);

  // Setelah berhasil: kembali ke nilai awal (nilai awal sudah mengikuti data baru hasil revalidasi).
  useEffect(() => {
    if (!state?.ok) return;
    ref.current?.reset();
    setelahBerhasil?.();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  // Tandai kolom yang salah, hubungkan ke pesannya, fokus ke yang pertama, susun ringkasan.
  useEffect(() => {
    const form = ref.current;
    if (!form) return;
    const butir: ButirRingkasan[] = [];
    let pertama: HTMLElement | null = null;
    const elemen = elemenBernama(form);
    const galat = petakanGalat(galatMentah, elemen.map((e) => e.name));
    setTampil(galat);
    for (const el of elemen) {
      const salah = galat[el.name]?.length;
      if (salah) {
        el.setAttribute("aria-invalid", "true");
        const idP = idPesan(idForm, el.name);
        const ada = (el.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== idP);
        if (form.querySelector(`#${CSS.escape(idP)}`)) el.setAttribute("aria-describedby", [...ada, idP].join(" "));
        pertama ??= el;
      } else if (el.getAttribute("aria-invalid") === "true") {
        el.removeAttribute("aria-invalid");
        const sisa = (el.getAttribute("aria-describedby") ?? "").split(" ").filter((x) => x && x !== idPesan(idForm, el.name));
        if (sisa.length) el.setAttribute("aria-describedby", sisa.join(" "));
        else el.removeAttribute("aria-describedby");
      }
    }
    for (const [nama, pesan] of Object.entries(galat)) {
      if (!pesan?.length) continue;
      const el = elemen.find((e) => e.name === nama) ?? null;
      // Galat tanpa kolom (mis. "kelengkapan") sudah dirangkum pesan khusus layanan yang ditampilkan di atas.
      if (!el && !galatPeramban && state && !state.ok && state.pesan !== PESAN_PERIKSA) continue;
      const berTempat = !!el && !!form.querySelector(`#${CSS.escape(idPesan(idForm, nama))}`);
      // "Pilih minimal satu": pesannya sudah lengkap, tanpa label kotak centang pertama.
      const label = el && nama !== minimalSatu?.nama ? labelKolom(el) : "";
      butir.push({ nama, label, pesan: pesan[0]!, targetId: el?.id || null, berTempat });
    }
    setRingkasan(butir);
    if (pertama && butir.length) pertama.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kunciGalat, state, galatPeramban, idForm]);

  const adaGalat = ringkasan.length > 0 && Object.keys(galatMentah).length > 0;
  return (
    <form
      id={id}
      ref={ref}
      action={formAction}
      noValidate
      className={className ?? "space-y-3"}
      onSubmit={(e) => {
        // Dikirim sendiri (bukan oleh React) agar formulir tidak dikosongkan bila ditolak.
        e.preventDefault();
        const form = e.currentTarget;
        const lokal = periksaDiPeramban(form, minimalSatu);
        setGalatPeramban(lokal);
        if (lokal) return;
        if (konfirmasi && !window.confirm(konfirmasi)) return;
        const submitter = (e.nativeEvent as SubmitEvent).submitter;
        const fd = new FormData(form, submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : null);
        startTransition(() => formAction(fd));
      }}
    >
      {tersembunyi && Object.entries(tersembunyi).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <KonteksGalat.Provider value={{ galat: Object.keys(galatMentah).length ? tampil : {}, idForm }}>{children}</KonteksGalat.Provider>
      {adaGalat && ringkasan.length === 1 && !ringkasan[0]!.berTempat ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {ringkasan[0]!.label && `${ringkasan[0]!.label}: `}
          {ringkasan[0]!.pesan}
        </p>
      ) : adaGalat ? (
        <div role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {!galatPeramban && state && !state.ok && state.pesan !== PESAN_PERIKSA && <p className="mb-1">{state.pesan}</p>}
          <p className="font-medium">
            {ringkasan.length === 1 ? "1 isian perlu diperbaiki" : `${ringkasan.length} isian perlu diperbaiki`}
            {ringkasan.every((b) => b.berTempat) ? ": " : "."}
            {ringkasan.every((b) => b.berTempat) &&
              ringkasan.map((b, i) => (
                <span key={b.nama}>
                  {i > 0 && ", "}
                  {b.targetId ? (
                    <a href={`#${b.targetId}`} className="underline">
                      {b.label}
                    </a>
                  ) : (
                    b.label
                  )}
                </span>
              ))}
          </p>
          {!ringkasan.every((b) => b.berTempat) && (
            <ul className="mt-1 list-disc pl-5">
              {ringkasan.map((b) =>
                b.berTempat ? (
                  <li key={b.nama}>{b.targetId ? <a href={`#${b.targetId}`} className="underline">{b.label}</a> : b.label}</li>
                ) : (
                  <li key={b.nama}>
                    {b.label && `${b.label}: `}
                    {b.pesan}
                  </li>
                ),
              )}
            </ul>
          )}
        </div>
      ) : (
        !galatPeramban &&
        state?.pesan &&
        !(state.ok && tampilkanHasil) && (
          <p
            role={state.ok ? "status" : "alert"}
            className={"rounded-md px-3 py-2 text-sm " + (state.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800")}
          >
            {state.pesan}
          </p>
        )
      )}
      {state?.ok && tampilkanHasil?.(state.data)}
      {tombol !== null && (
        <button type="submit" disabled={pending} className={kelasTombol[varian]}>
          {pending ? "Memproses…" : tombol}
        </button>
      )}
    </form>
  );
}

/** Galat untuk satu kolom (nama seperti pada FormData, mis. "iki.0.indikator"), tepat di samping kolomnya. */
export function PesanKolom({ nama }: { nama: string }) {
  const { galat, idForm } = useContext(KonteksGalat);
  const pesan = galat[nama];
  // Selalu terpasang (kosong bila tidak ada galat) agar bingkai tahu galat ini punya tempat di halaman.
  return (
    <p id={idPesan(idForm, nama)} className={pesan?.length ? "mt-1 whitespace-pre-line text-sm text-red-700" : "sr-only"} aria-live="polite">
      {pesan?.[0] ?? ""}
    </p>
  );
}
