/** Types for the Indonesian patterns of the `hyphen` package (it ships none). */
declare module 'hyphen/id' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
