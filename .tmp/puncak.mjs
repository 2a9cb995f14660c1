import { readFileSync } from "node:fs";
const s = JSON.parse(readFileSync(process.argv[2], "utf8"));
const m = s.snapshot.meta; const nf = m.node_fields.length; const ti = m.node_fields.indexOf("type"), ni = m.node_fields.indexOf("name"), si = m.node_fields.indexOf("self_size");
const types = m.node_types[0]; const per = new Map();
for (let i = 0; i < s.nodes.length; i += nf) { const t = types[s.nodes[i + ti]]; const nm = t === "object" || t === "closure" ? s.strings[s.nodes[i + ni]] : `(${t})`; const x = per.get(nm) ?? [0, 0]; x[0] += s.nodes[i + si]; x[1]++; per.set(nm, x); }
for (const [k, v] of [...per].sort((a, b) => b[1][0] - a[1][0]).slice(0, 25)) console.log(`${(v[0] / 1048576).toFixed(1).padStart(7)} MB ${String(v[1]).padStart(9)}  ${String(k).slice(0, 90)}`);
