// Japanese number writing: 万/億/兆 groups ("1兆4000億", "4億1100万"), decimal form ("1.5兆"),
// full-width digits. Pure string work; no locale APIs, so it runs the same in the browser.

const JA_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['兆', 1e12],
  ['億', 1e8],
  ['万', 1e4],
];

export function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ','); // linear: lookahead over a digit run
}

/** Fewest decimals (at most `max`) that show the number exactly enough. */
export function trimmedDecimal(value: number, max: number): string {
  for (let decimals = 0; decimals <= max; decimals++) {
    const text = value.toFixed(decimals);
    if (Math.abs(Number(text) - value) <= Math.abs(value) * 1e-9 + 1e-12) return text;
  }
  return value.toFixed(max);
}

/** "1兆4000億", "4億1100万", "8億": integer values written in 万/億/兆 groups. */
export function japaneseGroups(value: number, commas = false): string {
  const negative = value < 0;
  let rest = Math.round(Math.abs(value));
  if (rest < 1e4) return (negative ? '-' : '') + trimmedDecimal(Math.abs(value), 2);
  let out = '';
  for (const [mark, size] of JA_UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      out += (commas ? withCommas(String(count)) : String(count)) + mark;
      rest -= count * size;
    }
  }
  if (rest > 0) out += commas ? withCommas(String(rest)) : String(rest);
  return (negative ? '-' : '') + out;
}

/** "1.4兆", "131億": one unit with a decimal, the largest unit the value reaches. */
export function japaneseDecimal(value: number): string {
  const magnitude = Math.abs(value);
  for (const [mark, size] of JA_UNITS) {
    if (magnitude >= size) return trimmedDecimal(value / size, 2) + mark;
  }
  return trimmedDecimal(value, 2);
}

const FULL_WIDTH_OFFSET = 0xfee0;

export function hasFullWidthDigits(text: string): boolean {
  return /[０-９]/.test(text);
}

/** Digits, dot, comma and percent to full width: "27%" → "２７％". */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9.,%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + FULL_WIDTH_OFFSET));
}

/** Full-width digits and signs to ASCII, for reading the writer's text. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９．，％]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET));
}
