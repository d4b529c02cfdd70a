/**
 * @module synthesize/render-html
 * The brief as one standalone HTML page (no scripts, no external assets): summary, facts with their
 * support and citations that reveal the source sentence, a coverage matrix of facts against outlets,
 * aligned quotes, contradictions, framing, and the timeline drawn as an SVG chart. Every piece of
 * source text is escaped: pages are hostile until proven otherwise.
 */
import type { Brief, BriefSource, Citation, TimelineEntry } from '../types.js';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1d232a}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#5b6570}.tag{display:inline-block;font-size:.75rem;background:#eef2f6;border-radius:.3rem;padding:0 .35rem;margin-left:.2rem}
.support{font-weight:600;color:#1f5f99}details{margin:.15rem 0 .6rem 1rem}summary{cursor:pointer;color:#5b6570}
blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid #c9d3dd;background:#fafbfc}
table{border-collapse:collapse;font-size:.85rem}td,th{border:1px solid #e1e5ea;padding:.2rem .4rem;text-align:center}
td.fact{text-align:left;max-width:36rem}td.on{background:#2f7fc1;color:#fff}.conflict{color:#a1261b;font-weight:600}
.agree{color:#2c7a3b;font-weight:600}svg text{font:11px system-ui,sans-serif}`;

export function renderHtml(brief: Brief): string {
  const byId = new Map(brief.sources.map((s) => [s.id, s]));
  const label = (id: string): string => escapeHtml(outletName(byId.get(id)) + ` [${id}]`);
  const tags = (ids: readonly string[]): string =>
    ids.map((id) => `<span class="tag" title="${label(id)}">${escapeHtml(id)}</span>`).join('');
  const cite = (c: Citation): string =>
    `<blockquote>${escapeHtml(c.text)}<br><span class="meta">— ${label(c.source)}, characters ${c.start}–${c.end}</span></blockquote>`;
  const parts: string[] = [];
  const origins = new Set(brief.sources.map((s) => s.origin)).size;
  parts.push(
    `<h1>${escapeHtml(brief.headline)}</h1><p class="meta">${brief.sources.length} sources, ${origins} independent origins</p>`,
  );

  if (brief.summary.length > 0) {
    parts.push('<h2>Summary</h2><ul>');
    for (const s of brief.summary) {
      const ids = [...new Set(s.citations.map((c) => c.source))];
      parts.push(
        `<li>${escapeHtml(s.text)} ${tags(ids)}<details><summary>sources</summary>${s.citations.map(cite).join('')}</details></li>`,
      );
    }
    parts.push('</ul>');
  }

  const shared = brief.facts.filter((f) => f.sources.length > 1);
  parts.push('<h2>Facts by independent support</h2><ol>');
  for (const f of shared) {
    parts.push(
      `<li id="${escapeHtml(f.id)}"><span class="support">${f.independent} origin${f.independent === 1 ? '' : 's'}, ${f.sources.length} outlets</span> ${escapeHtml(f.text)} ${tags(f.sources)}` +
        `<details><summary>${f.citations.length} citations</summary>${f.citations.map(cite).join('')}</details></li>`,
    );
  }
  parts.push('</ol>');

  parts.push('<h2>Coverage</h2><table><tr><th>fact</th>');
  for (const s of brief.sources) parts.push(`<th title="${escapeHtml(s.title ?? '')}">${label(s.id)}</th>`);
  parts.push('</tr>');
  for (const f of brief.facts.slice(0, 40)) {
    parts.push(
      `<tr><td class="fact"><a href="#${escapeHtml(f.id)}">${escapeHtml(truncate(f.text, 110))}</a></td>`,
    );
    for (const s of brief.sources)
      parts.push(f.sources.includes(s.id) ? '<td class="on">●</td>' : '<td></td>');
    parts.push('</tr>');
  }
  parts.push('</table>');

  if (brief.contradictions.length > 0) {
    parts.push('<h2>Where outlets disagree</h2><ul>');
    for (const c of brief.contradictions)
      parts.push(
        `<li><span class="conflict">${escapeHtml(c.kind)}</span>: ${escapeHtml(c.summary)}${c.sides.map(cite).join('')}</li>`,
      );
    parts.push('</ul>');
  }

  if (brief.quantities.length > 0) {
    parts.push('<h2>Figures compared</h2><ul>');
    for (const q of brief.quantities) {
      const status =
        q.status === 'agree'
          ? '<span class="agree">compatible</span>'
          : '<span class="conflict">conflict</span>';
      const values = q.values.map((v) => `${escapeHtml(v.text)} ${tags([v.citation.source])}`).join('; ');
      parts.push(`<li>${status} ${escapeHtml(q.subject)}: ${values}</li>`);
    }
    parts.push('</ul>');
  }

  const quotes = brief.quotes.filter((q) => q.variants.length > 1);
  if (quotes.length > 0) {
    parts.push('<h2>Quotes across outlets</h2>');
    for (const q of quotes)
      parts.push(`<h3>${escapeHtml(q.speaker ?? 'Unknown speaker')}</h3>${q.variants.map(cite).join('')}`);
  }

  if (brief.framing.length > 0) {
    parts.push('<h2>How outlets name it</h2><table><tr><th>concept</th><th>terms</th></tr>');
    for (const f of brief.framing)
      parts.push(
        `<tr><td>${escapeHtml(f.concept)}</td><td class="fact">${f.terms.map((t) => `“${escapeHtml(t.term)}” ${tags(t.sources)}`).join(', ')}</td></tr>`,
      );
    parts.push('</table>');
  }

  if (brief.timeline.length > 0) {
    parts.push('<h2>Timeline</h2>', timelineSvg(brief.timeline), '<ul>');
    for (const t of brief.timeline)
      parts.push(`<li><b>${escapeHtml(t.date)}</b> ${escapeHtml(t.text)} ${tags(t.sources)}</li>`);
    parts.push('</ul>');
  }

  parts.push('<h2>Sources</h2><ul>');
  for (const s of brief.sources) {
    const credits = s.credits.length > 0 ? `, credits ${escapeHtml(s.credits.join(', '))}` : '';
    parts.push(
      `<li>${label(s.id)} ${escapeHtml(s.title ?? '(no title)')} <span class="meta">${escapeHtml(s.published ?? '')}${credits}, origin ${escapeHtml(s.origin)}, ${escapeHtml(s.input)}</span></li>`,
    );
  }
  parts.push('</ul>');
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<title>${escapeHtml(brief.headline)}</title><style>${STYLE}</style></head><body>${parts.join('\n')}</body></html>\n`
  );
}

/** Dates laid on a horizontal axis; each entry a dot sized by its sources, labelled with its date. */
function timelineSvg(entries: readonly TimelineEntry[]): string {
  const days = entries.map((e) => dayNumber(e.date));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const width = 900;
  const pad = 40;
  const x = (d: number): number =>
    max === min ? width / 2 : pad + ((d - min) / (max - min)) * (width - 2 * pad);
  const marks = entries.map((e, i) => {
    const cx = x(days[i]!).toFixed(1);
    const y = 40 + (i % 3) * 22;
    return (
      `<circle cx="${cx}" cy="60" r="${3 + e.sources.length * 1.5}" fill="#2f7fc1"><title>${escapeHtml(e.date)}: ${escapeHtml(e.text)}</title></circle>` +
      `<text x="${cx}" y="${y + 50}" text-anchor="middle">${escapeHtml(e.date)}</text>`
    );
  });
  return `<svg role="img" aria-label="Timeline" viewBox="0 0 ${width} 150" width="100%"><line x1="${pad}" y1="60" x2="${width - pad}" y2="60" stroke="#9aa5b1"/>${marks.join('')}</svg>`;
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

function outletName(source: BriefSource | undefined): string {
  if (source === undefined) return 'unknown';
  // No outlet is an unknown outlet, never the file the report was read from.
  return source.outlet ?? 'unknown outlet';
}

function truncate(text: string, n: number): string {
  return text.length <= n ? text : `${text.slice(0, n - 1)}…`;
}
