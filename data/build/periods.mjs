// Turns the research file's period wording into machine-readable inclusive ISO dates.
// Fiscal years follow each company's real calendar (see FISCAL below); anything the parser does not
// understand must be given explicitly in mapping.mjs (`p`), so nothing is guessed silently.

const pad = (n) => String(n).padStart(2, '0');
const lastDayOfMonth = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthSpan = (y, m) => ({ from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}` });

/**
 * Fiscal calendars. Nvidia's fiscal year ends on the last Sunday of January (FY2026 ended
 * 2026-01-25); its quarters are 13-week periods. Microsoft's year runs July–June, Oracle's June–May.
 * Other companies report on the calendar year.
 */
const FISCAL = {
  nvidia: {
    FY2026: ['2025-01-27', '2026-01-25'],
    'FY2026-Q1': ['2025-01-27', '2025-04-27'],
    'FY2026-Q2': ['2025-04-28', '2025-07-27'],
    'FY2026-Q3': ['2025-07-28', '2025-10-26'],
    'FY2026-Q4': ['2025-10-27', '2026-01-25'],
    FY2027: ['2026-01-26', '2027-01-31'],
    'FY2027-Q1': ['2026-01-26', '2026-04-26'],
    'FY2027-Q2': ['2026-04-27', '2026-07-26'],
    'FY2027-Q3': ['2026-07-27', '2026-10-25'],
  },
  microsoft: monthOffsetCalendar(7),
  oracle: monthOffsetCalendar(6),
};

/** A fiscal calendar whose year N starts on the first of `startMonth` in year N-1. */
function monthOffsetCalendar(startMonth) {
  return {
    lookup(key) {
      const m = /^FY(\d{4})(?:-Q([1-4]))?$/.exec(key);
      if (!m) return undefined;
      const fy = Number(m[1]);
      const q = m[2] ? Number(m[2]) : undefined;
      const firstMonth = startMonth + (q ? (q - 1) * 3 : 0); // months counted from January of fy-1
      const months = q ? 3 : 12;
      const startY = fy - 1 + Math.floor((firstMonth - 1) / 12);
      const startM = ((firstMonth - 1) % 12) + 1;
      const endAbs = firstMonth + months - 1;
      const endY = fy - 1 + Math.floor((endAbs - 1) / 12);
      const endM = ((endAbs - 1) % 12) + 1;
      return [`${startY}-${pad(startM)}-01`, monthSpan(endY, endM).to];
    },
  };
}

function fiscalSpan(entity, key) {
  const cal = FISCAL[entity];
  if (!cal) {
    const m = /^FY(\d{4})$/.exec(key); // calendar-year reporters: FY = calendar year
    return m ? [`${m[1]}-01-01`, `${m[1]}-12-31`] : undefined;
  }
  return typeof cal.lookup === 'function' ? cal.lookup(key) : cal[key];
}

/** A date or month string → span: "2025-09" → whole month, "2025-09-22" → that day. */
function pointSpan(s) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return { from: s, to: s };
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return monthSpan(Number(m[1]), Number(m[2]));
  return undefined;
}

/**
 * Parse research period wording. Returns {from?, to?, cumulative?} or undefined when the wording
 * needs a hand-written override.
 */
export function parsePeriod(text, entity) {
  const t = text.trim();
  let m;
  if ((m = /^(\d{4})$/.exec(t))) return { from: `${t}-01-01`, to: `${t}-12-31` };
  if ((m = /^(\d{4})-H([12])$/.exec(t))) {
    const y = m[1];
    return m[2] === '1' ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(t))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return { from: `${y}-${pad(q * 3 - 2)}-01`, to: monthSpan(y, q * 3).to };
  }
  if ((m = /^(\d{4})(?:\.\.|-)(\d{4})$/.exec(t))) return { from: `${m[1]}-01-01`, to: `${m[2]}-12-31`, cumulative: true };
  if ((m = /^through (\d{4})$/.exec(t))) return { to: `${m[1]}-12-31`, cumulative: true };
  if ((m = /^(\d{4}-\d{2})\/(\d{4}-\d{2})$/.exec(t))) {
    const a = pointSpan(m[1]);
    const b = pointSpan(m[2]);
    return { from: a.from, to: b.to };
  }
  if ((m = /^end-(\d{4})$/.exec(t))) return { from: `${m[1]}-12-01`, to: `${m[1]}-12-31` };
  if ((m = /^(FY\d{4}(?:-Q[1-4])?)\b/.exec(t))) {
    const span = fiscalSpan(entity, m[1]);
    return span ? { from: span[0], to: span[1] } : undefined;
  }
  if ((m = /^(?:as-of |to |announced |LOI signed )?(\d{4}-\d{2}(?:-\d{2})?)(?: \(.*\))?$/.exec(t))) {
    const span = pointSpan(m[1]);
    if (!span) return undefined;
    return t.startsWith('to ') ? { to: span.to } : span;
  }
  return undefined;
}
