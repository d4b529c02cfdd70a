/**
 * @module server/ui/outlet-name
 * The name a reader knows an outlet by. Stored outlets are often a bare domain (`dailymail.co.uk`,
 * `edition.cnn.com`): well-known news domains are shown by their name, others by their domain; a
 * source with neither a name nor a URL is "Unnamed source", never a file path.
 */
import { clip } from './format.js';
import { hostOf } from './safe-url.js';

/** Widely read news domains and the names their readers know them by. */
const KNOWN: Readonly<Record<string, string>> = {
  'abcnews.go.com': 'ABC News',
  'aljazeera.com': 'Al Jazeera',
  'apnews.com': 'AP News',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'bloomberg.com': 'Bloomberg',
  'businessinsider.com': 'Business Insider',
  'cbsnews.com': 'CBS News',
  'chinadaily.com.cn': 'China Daily',
  'cnbc.com': 'CNBC',
  'cnet.com': 'CNET',
  'cnn.com': 'CNN',
  'dailymail.co.uk': 'Daily Mail',
  'dw.com': 'DW',
  'economist.com': 'The Economist',
  'engadget.com': 'Engadget',
  'eonline.com': 'E! News',
  'euronews.com': 'Euronews',
  'ew.com': 'Entertainment Weekly',
  'express.co.uk': 'Daily Express',
  'foxnews.com': 'Fox News',
  'foxsports.com': 'Fox Sports',
  'france24.com': 'France 24',
  'ft.com': 'Financial Times',
  'gizmodo.com': 'Gizmodo',
  'hindustantimes.com': 'Hindustan Times',
  'huffingtonpost.ca': 'HuffPost Canada',
  'huffingtonpost.com': 'HuffPost',
  'huffpost.com': 'HuffPost',
  'independent.co.uk': 'The Independent',
  'indiatimes.com': 'The Times of India',
  'indiewire.com': 'IndieWire',
  'japantimes.co.jp': 'The Japan Times',
  'latimes.com': 'Los Angeles Times',
  'money.cnn.com': 'CNN Business',
  'nbcnews.com': 'NBC News',
  'ndtv.com': 'NDTV',
  'newsweek.com': 'Newsweek',
  'npr.org': 'NPR',
  'nydailynews.com': 'New York Daily News',
  'nypost.com': 'New York Post',
  'nytimes.com': 'The New York Times',
  'politico.com': 'Politico',
  'reuters.com': 'Reuters',
  'rollingstone.com': 'Rolling Stone',
  'rt.com': 'RT',
  'scmp.com': 'South China Morning Post',
  'sky.com': 'Sky News',
  'smh.com.au': 'The Sydney Morning Herald',
  'sputniknews.com': 'Sputnik',
  'standard.co.uk': 'Evening Standard',
  'straitstimes.com': 'The Straits Times',
  'telegraph.co.uk': 'The Telegraph',
  'theatlantic.com': 'The Atlantic',
  'theguardian.com': 'The Guardian',
  'thehill.com': 'The Hill',
  'theinquirer.net': 'The Inquirer',
  'thesun.co.uk': 'The Sun',
  'thetimes.co.uk': 'The Times',
  'theverge.com': 'The Verge',
  'time.com': 'Time',
  'usatoday.com': 'USA Today',
  'vox.com': 'Vox',
  'washingtonpost.com': 'The Washington Post',
  'wired.com': 'Wired',
  'wsj.com': 'The Wall Street Journal',
  'xda-developers.com': 'XDA Developers',
};

/** Longest outlet name shown in full. */
const MAX_NAME = 80;

const DOMAIN_RE = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

/** The name of a domain, trying it and its parents (`edition.cnn.com` -> `cnn.com`). */
function knownName(domain: string): string | null {
  const labels = domain
    .toLowerCase()
    .replace(/^www\d?\./, '')
    .split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = KNOWN[labels.slice(i).join('.')];
    if (name !== undefined) return name;
  }
  return null;
}

/** The outlet's name for display, or null when neither the outlet nor the URL names one. */
export function outletName(outlet: string | null | undefined, url?: string | null): string | null {
  const named = outlet?.replace(/\s+/g, ' ').trim();
  if (named) {
    if (DOMAIN_RE.test(named)) return knownName(named) ?? named.toLowerCase();
    return clip(named, MAX_NAME);
  }
  const host = hostOf(url);
  return host === null ? null : (knownName(host) ?? host);
}

/** The outlet's name, or a plain "Unnamed source". */
export function outletLabel(outlet: string | null | undefined, url?: string | null): string {
  return outletName(outlet, url) ?? 'Unnamed source';
}
