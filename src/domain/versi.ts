/**
 * The version of an SOP's procedure: a short hash of everything a checklist run copies (pelaksana and steps).
 * A run records it when it starts; when the SOP's hash differs later, the run says "SOP telah diperbarui".
 * FNV-1a (64-bit) is enough to notice an edit and keeps the function synchronous and dependency-free.
 */
export function versiProsedur(value: unknown): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const text = stableJson(value);
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0').slice(0, 12);
}

/** JSON with object keys sorted, so that the hash does not depend on the order fields were written in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
