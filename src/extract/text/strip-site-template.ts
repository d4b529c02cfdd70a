/**
 * @module extract/text/strip-site-template
 * Step `strip-site-template`: lines the site's template holds as chrome (seen on several of its
 * pages: menus, footers, promos) leave the page, as `chrome`. Without a template it does nothing.
 */
import { chromeKeys, templateKey } from '../template/site-template.js';
import { remove, type TextState } from './text-state.js';

export function stripSiteTemplate(state: TextState): void {
  const template = state.hints.template;
  if (!template || template.pages < 2) return;
  const chrome = chromeKeys(template);
  if (chrome.size === 0) return;
  for (const unit of state.units)
    if (unit.role === 'body' && unit.text.length <= 240 && chrome.has(templateKey(unit.text))) {
      remove(unit, 'chrome');
      unit.template = true;
    }
}
