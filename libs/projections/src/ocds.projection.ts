import { COMMITMENT_STREAM_CATEGORY, CONTRACT_STREAM_CATEGORY, PROCUREMENT_STREAM_CATEGORY } from '@kravspar/domain';
import { procurementIdNamedBy, projectOcds, type OcdsProcess } from '@kravspar/read-models';
import { findOcdsStreamLink, insertOcdsRelease, loadOcdsProcessForUpdate, saveOcdsProcess, saveOcdsStreamLink } from '@kravspar/read-store';
import type { ReadModelProjection } from './projection';

/**
 * The OCDS read model (`ocds_processes_v1`, `ocds_stream_links_v1`, `ocds_releases_v1`): each contracting
 * process folded from its procurement, contract and commitment streams, and the releases its meaningful
 * events make. Contract and commitment streams are linked to their procurement by their opening event, so
 * one checkpoint covers the three and a process never sees its follow-up before its signing.
 */
export const ocdsProjection: ReadModelProjection = {
  name: 'ocds.v1',
  tables: ['ocds_processes_v1', 'ocds_stream_links_v1', 'ocds_releases_v1'],
  filter: { streamPrefixes: [`${PROCUREMENT_STREAM_CATEGORY}-`, `${CONTRACT_STREAM_CATEGORY}-`, `${COMMITMENT_STREAM_CATEGORY}-`] },
  async apply(client, event) {
    const named = procurementIdNamedBy(event);
    if (named !== undefined && !event.streamId.startsWith(`${PROCUREMENT_STREAM_CATEGORY}-`)) await saveOcdsStreamLink(client, event.streamId, named);
    const procurementId = named ?? (await findOcdsStreamLink(client, event.streamId));
    if (procurementId === undefined) return;
    const result = projectOcds(await loadOcdsProcessForUpdate<OcdsProcess>(client, procurementId), event);
    if (!result) return;
    await saveOcdsProcess(client, { procurementId, position: result.process.position, document: result.process });
    if (result.release) {
      const { position, recordedAt, release } = result.release;
      await insertOcdsRelease(client, { procurementId, releaseId: release.id, position, recordedAt, release });
    }
  },
};
