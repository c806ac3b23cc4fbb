/**
 * A key under which spelling variants of one name meet: accents and case folded, punctuation and
 * spaces dropped ("Da Nang" = "Danang"), and the common variants of transliterating Russian
 * names merged ("Sergei" = "Sergey", "Dmitriy" = "Dmitry", "Aleksandr" = "Alexander").
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .replace(/ks/g, 'x')
    .replace(/(?:ei|ii|iy)(?=$|[^aeiou])/g, 'ey')
    .replace(/(?:ei|ii|iy)$/g, 'ey')
    .replace(/yev|jev/g, 'yev')
    .replace(/j(?=[aeiou])/g, 'y');
}

/** The last word of a person's name, for surname-only mentions ("Lavrov" of "Sergey Lavrov"). */
export function surname(name: string): string {
  return name.trim().split(/\s+/).at(-1) ?? name;
}
