/**
 * @module synthesize/render-markdown
 * The brief as Markdown that reads well in a terminal: headline, summary, facts with their outlets and
 * origins, what each outlet alone reports, quotes side by side, figures, contradictions, framing, the
 * timeline and who is named. Source text is quoted verbatim and marked with its source ids.
 */
import type { Brief, BriefSource, Citation } from '../types.js';
import { wireAgency } from './origins.js';

/** Why 12: the facts a reader scans before the rest; the JSON rendering lists them all. */
const TOP_FACTS = 12;

export function renderMarkdown(brief: Brief): string {
  const out: string[] = [];
  const byId = new Map(brief.sources.map((s) => [s.id, s]));
  const name = (id: string): string => sourceName(byId.get(id));
  const tags = (ids: readonly string[]): string => ids.map((id) => `[${id}]`).join('');

  out.push(`# ${oneLine(brief.headline)}`, '');
  const offTopic = new Set(brief.offTopic);
  const origins = new Set(brief.sources.filter((s) => !offTopic.has(s.id)).map((s) => s.origin)).size;
  const label = new Map(brief.origins.map((o) => [o.id, o.label]));
  const off = offTopic.size > 0 ? ` ${offTopic.size} more not about this story: ${tags([...offTopic])}.` : '';
  out.push(`_${brief.sources.length - offTopic.size} sources, ${origins} independent origins._${off}`, '');

  if (brief.summary.length > 0) {
    out.push('## Summary', '');
    for (const s of brief.summary) out.push(`- ${oneLine(s.text)} ${tags(sourcesOf(s.citations))}`);
    out.push('');
  }

  const shared = brief.facts.filter((f) => f.sources.length > 1);
  if (shared.length > 0) {
    out.push('## Facts by independent support', '');
    for (const f of shared.slice(0, TOP_FACTS)) {
      // How it travelled: each origin with the sources that carry it, the first to report it first.
      const trail = f.trail.map((t) => `${originLabel(label, t.origin)} ${tags(t.sources)}`).join(' → ');
      out.push(
        `- **${f.independent} origin${f.independent === 1 ? '' : 's'}, ${f.sources.length} outlets** ${tags(f.sources)}: ${oneLine(f.text)}`,
        `  - _first ${f.first ? `[${f.first}]` : 'undated'}; ${trail}_`,
      );
    }
    if (shared.length > TOP_FACTS)
      out.push(`- _…and ${shared.length - TOP_FACTS} more (see --format json)._`);
    out.push('');
  }

  if (brief.contradictions.length > 0) {
    out.push('## Where outlets disagree', '');
    for (const c of brief.contradictions) {
      out.push(`- **${c.kind}**: ${oneLine(c.summary)}`);
      for (const side of c.sides)
        out.push(`  - ${name(side.source)} [${side.source}]: “${oneLine(side.text)}”`);
    }
    out.push('');
  }

  const figures = brief.quantities;
  if (figures.length > 0) {
    out.push('## Figures compared', '');
    for (const q of figures) {
      const values = q.values.map((v) => `${v.text} [${v.citation.source}]`).join('; ');
      out.push(`- ${q.status === 'agree' ? 'compatible' : '**conflict**'}: ${oneLine(q.subject)}: ${values}`);
    }
    out.push('');
  }

  const quotes = brief.quotes.filter((q) => q.variants.length > 1);
  if (quotes.length > 0) {
    out.push('## Quotes across outlets', '');
    for (const q of quotes) {
      out.push(`- **${q.speaker ?? 'Unknown speaker'}**`);
      for (const v of q.variants) out.push(`  - “${oneLine(v.text)}” [${v.source}]`);
    }
    out.push('');
  }

  if (brief.framing.length > 0) {
    out.push('## How outlets name it', '');
    for (const f of brief.framing) {
      out.push(`- ${f.concept}: ${f.terms.map((t) => `“${t.term}” ${tags(t.sources)}`).join(', ')}`);
    }
    out.push('');
  }

  if (brief.timeline.length > 0) {
    out.push('## Timeline', '');
    for (const t of brief.timeline) out.push(`- **${t.date}** ${oneLine(t.text)} ${tags(t.sources)}`);
    out.push('');
  }

  if (brief.exclusives.length > 0) {
    const factText = new Map(brief.facts.map((f) => [f.id, f.text]));
    out.push('## Only one outlet reports', '');
    for (const e of brief.exclusives) {
      out.push(`- ${name(e.source)} [${e.source}]:`);
      for (const id of e.facts.slice(0, 5)) out.push(`  - ${oneLine(factText.get(id) ?? '')}`);
      if (e.facts.length > 5) out.push(`  - _…and ${e.facts.length - 5} more._`);
    }
    out.push('');
  }

  const people = brief.entities.filter((e) => e.sources.length > 1).slice(0, 12);
  if (people.length > 0) {
    out.push('## Who and where', '');
    for (const e of people) {
      const aliases = e.aliases.length > 0 ? ` (also: ${e.aliases.slice(0, 6).join(', ')})` : '';
      out.push(`- ${e.name}, ${e.type}${aliases} ${tags(e.sources)}`);
    }
    out.push('');
  }

  out.push('## Sources', '');
  for (const s of brief.sources) {
    const credits = s.credits.length > 0 ? `, credits ${s.credits.join(', ')}` : '';
    out.push(
      `- [${s.id}] ${sourceName(s)}${s.published ? `, ${s.published}` : ''}${credits}, origin ${label.get(s.origin) ?? s.origin}${offTopic.has(s.id) ? ' (not about this story)' : ''}: ${s.title ?? '(no title)'} (${s.input})`,
    );
  }
  return out.join('\n') + '\n';
}

function sourcesOf(citations: readonly Citation[]): string[] {
  return [...new Set(citations.map((c) => c.source))];
}

/**
 * An origin's name: the story's label for it, else, for a wire a sentence credits that no source of the
 * story is a copy of (`…, TASS reported`), the agency.
 */
function originLabel(labels: ReadonlyMap<string, string>, origin: string): string {
  return labels.get(origin) ?? wireAgency(origin) ?? origin;
}

function sourceName(source: BriefSource | undefined): string {
  if (source === undefined) return 'unknown source';
  // No outlet is an unknown outlet, never the file the report was read from.
  return source.outlet ?? 'unknown outlet';
}

/** Source text on one line: a citation may span a line break in its source. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
