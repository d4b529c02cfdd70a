/**
 * @module extract/metadata/byline
 * Byline lines: `By Jane Doe`, `By JANE DOE and John Roe, Reuters`, `Author: Jane Doe`,
 * `Written by Jane Doe`. A byline is a short line of names, never a sentence.
 */

const NAME = "[\\p{Lu}][\\p{L}.'’-]*(?:\\s+(?:[\\p{Lu}][\\p{L}.'’-]*|de|van|von|da|bin|al|el|la|le)){0,4}";
const BYLINE_RE = new RegExp(
  `^(?:By|BY|Written by|Words by|Reporting by|Author:|Authors:|Byline:)\\s*(${NAME}(?:\\s*(?:,|and|&)\\s*${NAME}){0,4})(?:\\s*[|·•–—-]\\s*.{0,40})?$`,
  'u',
);

/** The names of a byline line (`By Jane Doe in Beijing` -> `Jane Doe`), or null. */
export function readByline(line: string): string | null {
  if (line.length > 160) return null;
  const clean = line.replace(/\s+in\s+[\p{Lu}][\p{L} ]{1,30}$/u, '');
  const m = BYLINE_RE.exec(clean.trim());
  if (!m?.[1]) return null;
  return m[1].replace(/\s+/g, ' ').trim();
}
