import { describe, expect, it } from 'vitest';
import { credentialParam } from '../../src/report/redact.js';

// Sweep 2 R1 (stop 37): Azure's account, Cosmos, Maps and Search keys are named `*storage_key`, `*primary_key`,
// `*search_key`; the stop's record-key exemption had stopped masking them in the target URL.
describe('credential query parameters named like record keys', () => {
  it('masks Azure-style account keys', () => {
    for (const name of ['storage_key', 'azure_storage_key', 'blob-storage-key', 'primary_key', 'cosmos_primary_key', 'maps_primary_key', 'admin_search_key', 'search_key']) expect(credentialParam(name), name).toBe(true);
  });
  it("leaves a record's key alone", () => {
    for (const name of ['sort_key', 'partition_key', 'site_key', 'public_key', 'cache_key', 'idempotency_key', 'monkey', 'keyword']) expect(credentialParam(name), name).toBe(false);
  });
});
