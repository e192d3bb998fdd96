/** Lower-case word tokens (letters, digits, inner dots and apostrophes), in order. */
export function words(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[a-z0-9]+(?:['.][a-z0-9]+)*/g) ?? [];
}
