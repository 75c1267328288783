/** Types for the Indonesian patterns of the `hyphen` package (it ships none; a CommonJS module). */
declare module 'hyphen/id/index.js' {
  const hyphen: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default hyphen;
}
