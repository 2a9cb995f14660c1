"use client";
// Grafik kurva distribusi: jumlah pegawai per predikat (batang) terhadap batas minimal dan maksimal kurva (penanda).
// Angka yang sama juga ada di tabel halaman (grafik bukan satu-satunya sumber informasi).
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from "recharts";

type Titik = { label: string; jumlah: number; maks: number | null; min: number | null; salah: boolean };

export function GrafikKurva({ data, judul }: { data: Titik[]; judul: string }) {
  return (
    <figure aria-label={judul} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 10, right: 10, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="jumlah" name="Jumlah pegawai" fill="#1d4ed8" isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.salah ? "#b91c1c" : "#1d4ed8"} />
            ))}
          </Bar>
          <Scatter dataKey="maks" name="Batas maksimal" fill="#b45309" shape="triangle" isAnimationActive={false} />
          <Scatter dataKey="min" name="Batas minimal" fill="#047857" shape="diamond" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
