/**
 * @module server/ui/naming-section
 * How outlets name it: the words each outlet chooses for one thing (framing), and the people, places
 * and organisations named by more than one outlet, with the other names they go by.
 */
import { type Html, html, join } from './html.js';
import { type StoryView, sourceChips } from './story-view.js';

const FRAMES_SHOWN = 12;
const ENTITIES_SHOWN = 16;
const TYPE: Readonly<Record<string, string>> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  other: '',
};

export function namingSection(view: StoryView): Html | null {
  const frames = view.brief.framing.slice(0, FRAMES_SHOWN);
  const entities = view.brief.entities.filter((e) => e.sources.length > 1).slice(0, ENTITIES_SHOWN);
  if (frames.length === 0 && entities.length === 0) return null;
  const framing = frames.map(
    (f) =>
      html`<li><strong>${f.concept}</strong>: ${join(
        f.terms.map((t) => html`“${t.term}” ${sourceChips(view, t.sources)}`),
        '; ',
      )}</li>`,
  );
  const named = entities.map((e) => {
    const type = TYPE[e.type] ?? '';
    const aliases = e.aliases.slice(0, 6);
    return html`<li><strong>${e.name}</strong>${type ? html` <span class="meta">${type}</span>` : ''}${
      aliases.length > 0 ? html`, also “${join(aliases, '”, “')}”` : ''
    } <span class="meta">(${e.sources.length} outlets)</span></li>`;
  });
  return html`<section aria-labelledby="naming"><h2 id="naming">How outlets name it</h2>${
    framing.length > 0 ? html`<ul class="names">${framing}</ul>` : ''
  }${named.length > 0 ? html`<h3>Who and what is named</h3><ul class="names">${named}</ul>` : ''}</section>`;
}
