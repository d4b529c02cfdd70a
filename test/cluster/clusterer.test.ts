/**
 * @module test/cluster/clusterer
 * Runs the clusterer conformance suite against each implementation.
 */

import { createClusterer } from '../../src/cluster/index.js';
import { clustererCases } from './clusterer.case.js';

clustererCases('stream (default)', createClusterer);
clustererCases('stream (names weigh more)', (options) => createClusterer({ ...options, entityWeight: 0.75 }));
