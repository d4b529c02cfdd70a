/**
 * @module ingest/robots
 * A small robots.txt parser: the group for our agent (else `*`), Allow/Disallow with `*` and `$`
 * patterns, the longest match wins and Allow wins a tie, Crawl-delay.
 */

export interface Robots {
  isAllowed(path: string): boolean;
  /** Seconds between requests the site asks for, or null. */
  readonly crawlDelay: number | null;
}

interface Rule {
  readonly allow: boolean;
  readonly pattern: string;
  readonly regex: RegExp;
}

interface Group {
  readonly agents: string[];
  readonly rules: Rule[];
  crawlDelay: number | null;
}

/** A robots file that allows everything (missing, unreadable or empty). */
export const ALLOW_ALL: Robots = { isAllowed: () => true, crawlDelay: null };

function compile(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/).slice(0, 5000)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || current === null) {
        current = { agents: [], rules: [], crawlDelay: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (current === null) continue;
    if (key === 'allow' || key === 'disallow') {
      if (value === '') continue; // an empty Disallow allows everything
      current.rules.push({ allow: key === 'allow', pattern: value, regex: compile(value) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelay = seconds;
    }
  }
  return groups;
}

/**
 * Parses a robots.txt for the agent named by `token` (e.g. `corroborate`).
 * @example parseRobots('User-agent: *\nDisallow: /private', 'corroborate').isAllowed('/private/x') // false
 */
export function parseRobots(text: string, token: string): Robots {
  const groups = parseGroups(text);
  const name = token.toLowerCase();
  const ours = groups.filter((g) => g.agents.some((a) => a !== '*' && name.includes(a)));
  const chosen = ours.length > 0 ? ours : groups.filter((g) => g.agents.includes('*'));
  if (chosen.length === 0) return ALLOW_ALL;
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.crawlDelay).filter((d): d is number => d !== null);
  return {
    crawlDelay: delays.length > 0 ? Math.max(...delays) : null,
    isAllowed(path: string): boolean {
      let best: Rule | null = null;
      for (const rule of rules) {
        if (!rule.regex.test(path)) continue;
        if (
          best === null ||
          rule.pattern.length > best.pattern.length ||
          (rule.pattern.length === best.pattern.length && rule.allow)
        ) {
          best = rule;
        }
      }
      return best === null || best.allow;
    },
  };
}
