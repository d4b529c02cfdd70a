/**
 * @module test/extract-html/fixtures
 * Invented news pages for the HTML extractor's tests: an invented outlet reporting an invented
 * event, wrapped in the chrome real pages carry (nav, share bars, related lists, newsletter box,
 * cookie banner, comments, footer).
 */

export interface PageOptions {
  readonly charsetMeta?: string;
  readonly lang?: string;
}

/** The body paragraphs every fixture carries; tests check they survive extraction. */
export const BODY = [
  'VELMORA (Reuters) - The harbour authority of Velmora reopened the northern quay on Tuesday after a three-week closure, allowing 14 cargo ships that had waited offshore to dock, officials said.',
  'Engineers replaced 220 metres of the quay wall, which cracked during the storms of early March, at a cost of about 4.2 million crowns, according to the authority, which said the work finished two days ahead of plan.',
  '"We asked the crews to be patient, and they were," harbour master Ilse Varnholt told reporters at the quay, adding that fishing boats would return to the inner basin by Friday.',
  'Shipping agents said the closure had pushed freight rates on the Velmora route up by nearly a fifth, and that it would take weeks for schedules to settle back to normal.',
  'The regional council has promised an inquiry into why the wall, built in 1987, had not been inspected since 2015, a gap that opposition members called negligent.',
];

/** A full news page with JSON-LD in an @graph, a figure with a credited caption and lots of chrome. */
export function newsPage(options: PageOptions = {}): string {
  const charset = options.charsetMeta ?? 'utf-8';
  const lang = options.lang ?? 'en-GB';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="${charset}">
<title>Velmora reopens northern quay after storm repairs | The Coastal Ledger</title>
<meta property="og:site_name" content="The Coastal Ledger">
<meta property="og:title" content="Velmora reopens northern quay after storm repairs">
<meta property="og:description" content="Fourteen waiting cargo ships can dock again.">
<meta name="author" content="Marta Quell">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"The Coastal Ledger","url":"https://ledger.example"},
 {"@type":["NewsArticle"],"headline":"Velmora reopens northern quay after storm repairs",
  "datePublished":"2031-04-08T09:15:00+02:00",
  "author":[{"@type":"Person","name":"Marta Quell"},{"@type":"Person","name":"Jon Ferrow"}],
  "publisher":{"@type":"Organization","name":"The Coastal Ledger"}}
]}
</script>
<style>.hidden{display:none}</style>
</head>
<body>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
<header class="site-header">
  <a href="/" class="logo">The Coastal Ledger</a>
  <nav class="main-menu"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<main>
<article class="article-body">
  <h1>Velmora reopens northern quay after storm repairs</h1>
  <p class="article-standfirst">Fourteen cargo ships that waited offshore for three weeks can finally unload their freight.</p>
  <div class="byline">By Marta Quell and Jon Ferrow</div>
  <div class="share-bar"><a href="https://social.example/share">Share on Chirper</a> <a href="mailto:?">Email</a></div>
  <p>${BODY[0]}</p>
  <figure>
    <img src="quay.jpg" alt="The northern quay">
    <figcaption>Cranes unload a container ship at the reopened northern quay in Velmora, April 8, 2031. <span class="credit">Photo: Anja Brell/Reuters</span></figcaption>
  </figure>
  <p>${BODY[1]}</p>
  <h2>Crews waited offshore</h2>
  <p>${BODY[2]}</p>
  <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Storm damage tallied along the coast</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></aside>
  <p>${BODY[3]}</p>
  <div class="newsletter-signup"><h3>Get the morning brief</h3><p>Sign up for our newsletter and never miss a story.</p><form><input type="email"><button>Subscribe</button></form></div>
  <p>${BODY[4]}</p>
  <p style="display:none">This hidden paragraph is a tracking placeholder that should never be extracted.</p>
  <div class="advert">Advertisement</div>
</article>
<section id="comments" class="comments-area"><h2>3 comments</h2><p>Reader one: about time they fixed that wall, it has been cracked for years now.</p></section>
</main>
<aside class="sidebar"><h2>Most read</h2><ol><li><a href="/x">Lighthouse keeper retires after 40 years on the rock</a></li></ol></aside>
<footer class="site-footer"><p>© 2031 The Coastal Ledger. All rights reserved. Contact us at the harbour office.</p></footer>
</body>
</html>`;
}
