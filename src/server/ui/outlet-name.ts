/**
 * @module server/ui/outlet-name
 * The name a reader knows an outlet by. Stored outlets are often a bare domain (`dailymail.co.uk`,
 * `edition.cnn.com`): well-known news domains are shown by their name (the extractor's outlet table,
 * `extract/metadata/outlets.ts`), others by their domain; a source with neither a name nor a URL is
 * "Unnamed source", never a file path.
 */
import { outletDisplayName, outletFromUrl } from '../../extract/metadata/outlet-name.js';
import { clip } from './format.js';

/** Longest outlet name shown in full. */
const MAX_NAME = 80;

/** The outlet's name for display, or null when neither the outlet nor the URL names one. */
export function outletName(outlet: string | null | undefined, url?: string | null): string | null {
  const named = outlet?.replace(/\s+/g, ' ').trim();
  if (named) return clip(outletDisplayName(named), MAX_NAME);
  return outletFromUrl(url);
}

/** The outlet's name, or a plain "Unnamed source". */
export function outletLabel(outlet: string | null | undefined, url?: string | null): string {
  return outletName(outlet, url) ?? 'Unnamed source';
}
