/** Checksums and formats of Canadian personal identifiers (see shared/design/identifiers.md). */

/** Luhn (mod 10) check over a string of digits. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A Social Insurance Number: 9 digits, Luhn-valid, first digit not 0 or 8 (not issued to individuals). */
export function isPlausibleSin(raw: string): boolean {
  const d = raw.replace(/[\s-]/g, '');
  return d.length === 9 && d[0] !== '0' && d[0] !== '8' && luhnValid(d);
}
