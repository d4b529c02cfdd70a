/**
 * @module synthesize
 * Documents of one story -> a brief, its renderings and its verification.
 */
export { briefStory, synthesize } from './brief-story.js';
export { escapeHtml, renderHtml } from './render-html.js';
export { renderMarkdown } from './render-markdown.js';
export { type VerifyProblem, verifyBrief } from './verify.js';
