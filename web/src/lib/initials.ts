/** Initials for avatars and the brand monogram (its own module: the sign-in pages need only this of ./format.ts). */
/** "Carol Chen" → "CC"; "carol@acme.test" → "C". */
export function initials(name: string): string {
  const words = name.replace(/@.*/, '').split(/[\s._-]+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((w) => w[0]!.toUpperCase()).join('') || '?';
}
