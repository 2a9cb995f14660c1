"use client";
import { useActionState } from "react";
import { loginAction, type StateLogin } from "./actions";

type PropsKolom = React.InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; galat?: string };

/** Kolom isian berlabel dengan pesan galat yang terhubung (aria-describedby). */
function Kolom({ id, label, galat, ...input }: PropsKolom) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={id}
        aria-invalid={galat ? true : undefined}
        aria-describedby={galat ? `${id}-galat` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base shadow-sm placeholder:text-slate-500 focus:border-brand-600 focus:ring-brand-600 aria-invalid:border-red-600"
        {...input}
      />
      {galat && (
        <p id={`${id}-galat`} className="mt-1 text-sm text-red-700">
          {galat}
        </p>
      )}
    </div>
  );
}

export function FormMasuk() {
  const [state, action, pending] = useActionState<StateLogin, FormData>(loginAction, {});
  return (
    <form action={action} noValidate className="space-y-5">
      {state.pesan && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.pesan}
        </p>
      )}
      <Kolom
        id="nip"
        label="NIP / NI PPPK"
        inputMode="numeric"
        autoComplete="username"
        defaultValue={state.nip}
        key={state.nip ?? "nip"}
        placeholder="18 digit, contoh 19930404 201903 1 014"
        maxLength={40}
        galat={state.galat?.nip?.[0]}
      />
      <Kolom id="password" label="Kata sandi" type="password" autoComplete="current-password" maxLength={200} galat={state.galat?.password?.[0]} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        {pending ? "Memeriksa…" : "Masuk"}
      </button>
    </form>
  );
}
