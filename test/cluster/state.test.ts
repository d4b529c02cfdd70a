/**
 * @module test/cluster/state
 * Runs the cluster state conformance suite against the in-memory state, as it is and with every read
 * and commit passed through JSON (what a database backend stores): results must not depend on it.
 */

import { type ClusterState, createMemoryState } from '../../src/cluster/index.js';
import { clusterStateCases } from './state.case.js';

const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A state whose records are copied through JSON on the way in and out. */
function jsonState(inner: ClusterState): ClusterState {
  return {
    place: (work) =>
      inner.place((tx) =>
        work({
          read: async (query) => throughJson(await tx.read(throughJson(query))),
          commit: (changes) => tx.commit(throughJson(changes)),
        }),
      ),
    read: async (query) => throughJson(await inner.read(throughJson(query))),
  };
}

clusterStateCases('memory', async () => ({ state: createMemoryState() }));
clusterStateCases('memory, records through JSON', async () => {
  const inner = createMemoryState();
  return { state: jsonState(inner), reopen: async () => jsonState(inner) };
});
