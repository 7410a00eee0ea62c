// Shortest round-trip text of float32 values, Python-repr style. Imports nothing.

/** The shortest decimal string that reads back as the same float32, as numpy's repr of a float32. */
export function shortestF32(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const f = Math.fround(x);
  for (let p = 1; p <= 9; p++) {
    const s = f.toPrecision(p);
    if (Math.fround(Number(s)) === f) return pythonStyle(Number(s), p);
  }
  return pythonStyle(f, 17);
}

/** Python's repr layout for a value with `digits` significant digits. */
function pythonStyle(v: number, digits: number): string {
  const exp = Math.floor(Math.log10(Math.abs(v)));
  const e = Number(v.toExponential(digits - 1).split('e')[1]);
  const ex = Number.isFinite(e) ? e : exp;
  if (ex < -4 || ex >= 16) {
    const [mant, pow] = v.toExponential(digits - 1).split('e') as [string, string];
    const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
    const sign = pow.startsWith('-') ? '-' : '+';
    const digitsPow = pow.replace(/^[+-]/, '').padStart(2, '0');
    return `${m}e${sign}${digitsPow}`;
  }
  let s = v.toFixed(Math.max(0, digits - 1 - ex));
  if (s.includes('.')) s = s.replace(/0+$/, '');
  if (s.endsWith('.')) s += '0';
  if (!s.includes('.')) s += '.0';
  return s;
}
