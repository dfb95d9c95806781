/**
 * Excel number formats, approximated for the browser demo: sections (pos;neg;zero), thousands
 * separators, decimals, %, trailing-comma scaling, quoted literals ("pp", 个百分点), dates, @.
 */

/** Splits a format code on ';' outside quotes. */
function sections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && i + 1 < fmt.length) {
      cur += ch + fmt[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** Text of a serial date in yyyy-mm-dd style formats (the only date style the tabs use). */
function formatDate(serial: number, fmt: string): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  const y = String(d.getUTCFullYear());
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return fmt.replace(/yyyy/i, y).replace(/mm/i, m).replace(/dd/i, day);
}

/** Applies one numeric section to a non-negative number. */
function applySection(value: number, sec: string): string {
  // Literals: "..." and \x; [Color] and _x (padding) dropped.
  const parts: { lit: boolean; text: string }[] = [];
  const re = /"([^"]*)"|\\(.)|\[[^\]]*\]|_.|(.)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sec))) {
    if (m[1] !== undefined) parts.push({ lit: true, text: m[1] });
    else if (m[2] !== undefined) parts.push({ lit: true, text: m[2] });
    else if (m[3] !== undefined) parts.push({ lit: false, text: m[3] });
  }
  const code = parts.map((p) => (p.lit ? '\u0000'.repeat(p.text.length) : p.text)).join('');
  const first = code.search(/[0#?]/);
  if (first < 0) return parts.map((p) => p.text).join('');
  let last = first;
  for (let i = first; i < code.length; i++) if (/[0#?.,]/.test(code[i])) last = i;
  const numPart = code.slice(first, last + 1);
  let v = value;
  const percents = (code.match(/%/g) ?? []).length;
  v *= 100 ** percents;
  const trailing = /,+$/.exec(numPart.replace(/\.[0#?]*$/, ''))?.[0].length ?? 0;
  v /= 1000 ** trailing;
  const dot = numPart.indexOf('.');
  const decimals = dot < 0 ? 0 : (numPart.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const grouping = /[0#?],[0#?]/.test(numPart);
  const text = v.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
  // Rebuild: literal text before and after the number, in order.
  let before = '';
  let after = '';
  let pos = 0;
  for (const p of parts) {
    const len = p.text.length;
    const start = pos;
    pos += len;
    const isNum = !p.lit && start >= first && start <= last;
    if (isNum) continue;
    if (start < first) before += p.text;
    else after += p.text;
  }
  return before + text + after;
}

/**
 * A cell value as the format would show it (numbers only; text passes through).
 * @example formatNumber(0.1234, '0.0%') // '12.3%'
 */
export function formatNumber(value: number, fmt: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  if (!fmt || /^general$/i.test(fmt) || fmt === '@') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  const secs = sections(fmt);
  if (/[yd]/i.test(secs[0].replace(/"[^"]*"/g, '')) && !/[0#]/.test(secs[0]))
    return formatDate(value, secs[0]);
  if (value < 0) {
    if (secs.length >= 2 && secs[1] !== '') return applySection(-value, secs[1]);
    return `-${applySection(-value, secs[0])}`;
  }
  if (value === 0 && secs.length >= 3 && secs[2] !== '') return applySection(0, secs[2]);
  return applySection(value, secs[0]);
}
