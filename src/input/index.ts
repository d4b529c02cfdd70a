/**
 * @module input
 * Files, folders, JSON records and standard input as raw documents.
 */
export { type InputItem, type ReadInputsOptions, readInputs, sniffKind } from './read-inputs.js';
