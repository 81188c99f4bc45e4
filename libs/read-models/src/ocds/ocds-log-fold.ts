import { PROCUREMENT_STREAM_CATEGORY } from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import type { OcdsProcess } from './ocds-process';
import { isOcdsStream, procurementIdNamedBy, projectOcds, type OcdsReleaseEntry } from './project-ocds';

/**
 * The OCDS projection over a whole log in memory: the processes by procurement, and the link from each
 * contract and commitment stream to its procurement. The projector keeps the same two things in tables;
 * the audit CLI folds the log with this to export without depending on the projector.
 */
export class OcdsLogFold {
  private readonly processes = new Map<string, OcdsProcess>();
  private readonly links = new Map<string, string>();

  /** Applies one event (in log order); returns the release it makes, if any. */
  apply(event: ProjectedEvent): OcdsReleaseEntry | undefined {
    if (!isOcdsStream(event.streamId)) return undefined;
    const named = procurementIdNamedBy(event);
    if (named !== undefined && !event.streamId.startsWith(`${PROCUREMENT_STREAM_CATEGORY}-`) && !this.links.has(event.streamId)) this.links.set(event.streamId, named);
    const procurementId = named ?? this.links.get(event.streamId);
    if (procurementId === undefined) return undefined;
    const result = projectOcds(this.processes.get(procurementId), event);
    if (!result) return undefined;
    this.processes.set(procurementId, result.process);
    return result.release;
  }
}
