/** Lower-case word tokens (letters, digits, inner dots and apostrophes), in order. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:['.][a-z0-9]+)*/g) ?? [];
}
