/**
 * A field still holding the importer's TODO. `sop:import` writes TODO where the author must decide (a step's
 * pelaksana, an unreadable date, a missing name) with a `# TODO:` comment saying what; some of those fields take
 * any text, so without this rule a forgotten TODO would be published as the SOP's name.
 */
/** The value written where the source cannot tell and the author must decide; `sop:check` fails on it. */
export const TODO = 'TODO';

/** "TODO" alone or "TODO: …", "TODO - …": the importer's marker, not a word inside a sentence. */
const MARKER = new RegExp(`^\\s*${TODO}(?![\\p{L}\\p{N}])`, 'u');

/** A value still holding the marker, and the message for it (always an error). */
export interface TodoProblem {
  path: PropertyKey[];
  pesan: string;
}

/** Every string of `data` (frontmatter or YAML) that is an unresolved TODO. */
export function todoProblems(data: unknown, at: PropertyKey[] = []): TodoProblem[] {
  if (typeof data === 'string') {
    if (!MARKER.test(data)) return [];
    return [
      {
        path: at,
        pesan: `masih bertuliskan "${data.length > 60 ? `${data.slice(0, 60)}…` : data}" dari sop:import; diharapkan isian yang sebenarnya (apa yang harus diisi tertulis di komentar # TODO di atasnya)`,
      },
    ];
  }
  if (Array.isArray(data)) return data.flatMap((item, index) => todoProblems(item, [...at, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => todoProblems(value, [...at, key]));
  }
  return [];
}
